using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "要不加你微信 我直接转你99.8行吗", "私下转账给你", "要不我微信转你 你帮我改成已付款": paying outside the platform is refused
/// plainly (the shop only takes payment through Taobao, and an order is never marked paid by hand), whatever nearest need
/// the model reads, never a question what went wrong and never money said taken (a3-54).
/// </summary>
public static partial class OffPlatformPayment
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (!(PaysDirectly().IsMatch(compact) || (ContactElsewhere().IsMatch(compact) && Money().IsMatch(compact))))
        {
            return false;
        }

        context.State.ClearClarification();
        context.Say("payment.platform_only");
        return true;
    }

    [GeneratedRegex("(微信|支付宝|银行卡)(直接)?(转账|转|打款|扫码)(给)?你|(私下|线下|站外)(转账|打款|汇款|转|打|付|汇|交易)|直接(转账|打款|汇款|转|打|汇)(给)?你|转(给)?你[0-9一二两三四五六七八九十]|(转账|打款|汇款)给你"
        + "|(微信|vx|wx|v信|支付宝|银行卡|卡上|现金|红包)(直接)?(转|打|付|发)(账|款|钱)?(给)?(你|您|你们|店里|老板)|(转账|打款|转钱|付钱)(给)?(你|您|你们)(吧|行吗|可以吗|行不|好不|得了|算了)|(帮我|给我)(改成|标成|标记成?|设成)(已付款|付过了|已支付)")]
    private static partial Regex PaysDirectly();

    [GeneratedRegex("(加|添加|留)(一下)?(你|你的|个|我)?(的)?(微信|vx|wx|v信|威信|qq)")]
    private static partial Regex ContactElsewhere();

    // Money, and a sum ("转你99", "50块"), never a date or a count ("9月份买的", "10号", "两个").
    [GeneratedRegex("转|付|钱|款|红包|[0-9]+(?:\\.[0-9]+)?(?:$|[^0-9.月号日点年天个件条只套双])")]
    private static partial Regex Money();
}

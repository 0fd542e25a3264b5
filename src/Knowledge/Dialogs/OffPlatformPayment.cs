using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "要不加你微信 我直接转你99.8行吗", "私下转账给你": paying outside the platform is refused plainly (the shop only takes
/// payment through Taobao), whatever nearest need the model reads, never a question what went wrong.
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

        context.Say("payment.platform_only");
        return true;
    }

    [GeneratedRegex("(微信|支付宝|银行卡)(直接)?(转账|转|打款|扫码)(给)?你|(私下|线下)(转账|打款|汇款|转|打|付|汇)|直接(转账|打款|汇款|转|打|汇)(给)?你|转(给)?你[0-9一二两三四五六七八九十]|(转账|打款|汇款)给你")]
    private static partial Regex PaysDirectly();

    [GeneratedRegex("(加|添加|留)(一下)?(你|你的|个|我)?(的)?(微信|vx|wx|v信|威信|qq)")]
    private static partial Regex ContactElsewhere();

    // Money, and a sum ("转你99", "50块"), never a date or a count ("9月份买的", "10号", "两个").
    [GeneratedRegex("转|付|钱|款|红包|[0-9]+(?:\\.[0-9]+)?(?:$|[^0-9.月号日点年天个件条只套双])")]
    private static partial Regex Money();
}

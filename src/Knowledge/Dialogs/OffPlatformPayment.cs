using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "要不我微信转你 你帮我改成已付款", "直接支付宝转账给你行吗": paying outside the platform is declined plainly (the platform's
/// rule: money goes through the order, and an order is never marked paid by hand), with what the buyer can still try.
/// Never read as money already taken (a3-54), and never handed over for it.
/// </summary>
public static partial class OffPlatformPayment
{
    private const string Template = "listen_open.off_platform_payment";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Offered().IsMatch(context.Compact))
        {
            return false;
        }

        context.State.ClearClarification();
        context.Say(Template);
        return true;
    }

    [GeneratedRegex("(微信|vx|wx|v信|支付宝|银行卡|卡上|现金|红包)(直接)?(转|打|付|发)(账|款|钱)?(给)?(你|您|你们|店里|老板)|(转账|打款|转钱|付钱)(给)?(你|您|你们)(吧|行吗|可以吗|行不|好不|得了|算了)|(私下|线下|站外)(付|转|交易|打款)|(帮我|给我)(改成|标成|标记成?|设成)(已付款|付过了|已支付)")]
    private static partial Regex Offered();
}

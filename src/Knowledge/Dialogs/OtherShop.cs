using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "好像是在另一个店 暖窝家纺 不是一家吗", "你们和那家是同一个老板吗": the shop this chat serves is named from the buyer's
/// orders, and another shop's orders are asked at that shop, never a fallback. The shop the buyer named is not said back.
/// </summary>
public static partial class OtherShop
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (!SameShopAsked().IsMatch(compact)
            || context.Services.Orders.OrdersOf(context.Input.BuyerId).Select(o => o.ShopName).FirstOrDefault(n => !string.IsNullOrEmpty(n)) is not { } shop)
        {
            return false;
        }

        context.State.ClearClarification();
        var ours = compact.Replace(shop, string.Empty, StringComparison.Ordinal) != compact;
        context.Say(ours ? "orders.this_shop_named" : "orders.other_shop_asked", new Dictionary<string, string?> { [Templates.TemplateSlots.ShopName] = shop });
        return true;
    }

    // "不是一家吗", "是不是同一家", "同一个老板吗", "是你们的分店吗", "你们就是XX家纺吧".
    [GeneratedRegex("(?:是不是|不是|是)(?:同)?一(?:家|个店|个老板|个公司)(?:吗|嘛|么|吧|啊|呀|[?？])|是不是(?:同)?一(?:家|个店|个老板|个公司)|同一(?:家|个店|个老板|个公司)|(?:分店|子店|旗舰店|另一家店|另一个店)(?:吗|嘛|么|吧)|你们(?:家|店)?(?:就)?是\\p{IsCJKUnifiedIdeographs}{2,10}(?:店|家纺|家居|生活馆|小铺|工作室)(?:吗|嘛|么|吧|[?？])")]
    private static partial Regex SameShopAsked();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "Where is my refund": the order's refund state from the export (under way, paid back, closed, none) and where
/// the money goes, instead of starting a new refund.
/// </summary>
public static partial class RefundProgress
{
    /// <summary>Kept in the refund flow's values while it asks which order's refund the buyer means.</summary>
    public const string Key = "progress";

    public static bool IsAsked(string normalizedText) => Asked().IsMatch(CompactText.Of(normalizedText));

    public static void Tell(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.State.Values[Key] = "1";
        var order = OrderResolver.Resolve(context, "refund_unshipped", o => o.Refund != RefundStatus.None);
        if (order is null)
        {
            return;
        }

        context.Say(order.Refund switch
        {
            RefundStatus.InProgress => "refund_unshipped.progress_in_progress",
            RefundStatus.Succeeded => "refund_unshipped.progress_paid",
            RefundStatus.Closed => "refund_unshipped.progress_closed",
            _ => "refund_unshipped.progress_none",
        }, context.SlotsOf(order));
        context.Finish();
    }

    [GeneratedRegex("退款(到哪|到哪里|去哪|进度|怎么样|什么时候到|多久到|多久能到|啥时候到|到账|还没到|没到账|没收到)|钱(怎么|咋)?(还)?(没|没有)(退|到|收到)|(什么时候|多久|啥时候)(能)?(退|到账|退回)|退到哪|退回哪|原路退|钱退哪|退的钱|退款(退了|好了|成功了|通过了|同意了|批了)(吗|么|没|没有)|钱退了(吗|么|没|没有)")]
    private static partial Regex Asked();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "改不了的话能不能晚点再送", "实在不行先放驿站" about a shipped parcel whose new address or contact this chat wrote down
/// for the person who calls the courier: the later delivery or the station is the buyer's second wish, written on a
/// courier follow-up for that person and said back, never a promise that the parcel can still be changed.
/// </summary>
internal static partial class LaterDelivery
{
    private const string Wish = "改不成的话请快递晚点派送，或先放驿站保管等买家去取";

    public static async Task<bool> TryNoteAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Asked().IsMatch(context.Compact) || context.State.LastOrderToldOf("change_address.") is not { } number
            || !ShippedChangeAsked.Recorded.Any(t => context.Told(t, number))
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: Orders.OrderStatus.Shipped } order)
        {
            return false;
        }

        // The follow-up with the new address is written again with the wish on it: one record for the person who calls.
        var open = (await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false))
            .Where(r => r.Status == CaseStatus.Open && r.Kind == CaseKind.LogisticsFollowUp).ToList();
        if (!open.Any(r => r.Description?.Contains(Wish, StringComparison.Ordinal) == true))
        {
            var earlier = open.LastOrDefault(r => r.ConversationId == context.Input.ConversationId);
            if (earlier is not null)
            {
                await context.Actions.WithdrawCaseAsync(context.Turn, earlier.Id, "买家补充了改不成时的派送要求，已按补充后的重新登记", cancellationToken).ConfigureAwait(false);
            }

            await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, earlier?.Description is { } said ? $"{said}；{Wish}" : Wish, cancellationToken).ConfigureAwait(false);
        }

        context.State.LastOrderNumber = order.OrderNumber;
        context.Say("change_address.later_delivery_noted", context.SlotsOf(order));
        return true;
    }

    // "能不能晚点再送", "晚几天送也行", "过几天再派", "先放驿站", "放驿站存着", "先别送".
    [GeneratedRegex("晚(?:点|一点|些|一些|几天|两天)(?:再|才)?(?:送|派|派送|配送)|(?:过几天|过两天|下周|改天)(?:再|才)(?:送|派|派送)|(?:先|暂时|暂)(?:别|不要)(?:送|派)|(?:先)?(?:放|存|寄存)(?:到|在)?(?:驿站|快递点|代收点)(?:存|保管|放)?")]
    private static partial Regex Asked();
}

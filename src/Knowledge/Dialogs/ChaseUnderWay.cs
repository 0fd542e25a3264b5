using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// After this chat recorded a courier follow-up on the order in focus: "你们能联系下顺丰吗" is told it is already being
/// chased (as recorded), "你们到底管不管" gets an apology, what is being done and a person, and "到底发没发" while the
/// person is awaited is answered from the order; never a line that the bot did not understand or a menu of topics.
/// </summary>
internal static partial class ChaseUnderWay
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, bool queued, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var challenged = Challenge().IsMatch(context.Compact);
        var shippedAsked = queued && ShippedAsked().IsMatch(context.Compact);
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } number || context.Facts.MatchedOrderNumbers.Any(n => n != number)
            || !(challenged || shippedAsked || (!queued && TrackSituations.AsksToChaseCourier(context.Normalized)))
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.Shipped } order
            || (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.LogisticsFollowUp).ConfigureAwait(false)).Count == 0)
        {
            return false;
        }

        state.ClearClarification();
        var slots = context.SlotsOf(order);
        // "到底发没发" while a person is awaited for a missing number: yes, when and to whom, and who checks the number.
        if (shippedAsked && !challenged)
        {
            context.Say(context.Services.Orders.Facts(order).HasTrackingNumber ? "track.shipped_queued" : "track.shipped_without_number_queued", slots);
            return true;
        }

        if (!challenged)
        {
            context.Say("track.chase_under_way", slots);
            return true;
        }

        context.Say(queued ? "track.chase_challenged_queued" : "track.chase_challenged", slots);
        if (!queued)
        {
            context.NeedPerson(ShipmentAnswers.TrackingFollowUp);
        }

        return true;
    }

    [GeneratedRegex("发没发|发了没|到底发了|有没有发|真的发了|发了吗|发货了吗")]
    private static partial Regex ShippedAsked();

    /// <summary>"你们到底管不管", "还管不管了", "有没有人管": the buyer challenges the shop to act.</summary>
    [GeneratedRegex("管不管|有没有人管|没人管|不管了?[吗么嘛啊]|就不管了|不管不问|到底管|怎么不管|咋不管")]
    private static partial Regex Challenge();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// After this chat recorded a courier follow-up on the order in focus: "你们能联系下顺丰吗" is told it is already being
/// chased (as recorded), "你们到底管不管" gets an apology, what is being done and a person, and "到底发没发" while the
/// person is awaited, or "是不是根本没发 骗我的" at any time, is answered from the order (it left, when and with whom,
/// and who checks the number); never a line that the bot did not understand, nor a menu of other orders. Such a doubt
/// before anything was chased records the follow-up first.
/// </summary>
internal static partial class ChaseUnderWay
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, bool queued, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var challenged = Challenge().IsMatch(context.Compact);
        var doubted = Doubts(context.Compact);
        var shippedAsked = doubted || (queued && ShippedAsked().IsMatch(context.Compact));
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } number || context.Facts.MatchedOrderNumbers.Any(n => n != number)
            || !(challenged || shippedAsked || (!queued && TrackSituations.AsksToChaseCourier(context.Normalized)))
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.Shipped } order)
        {
            return false;
        }

        var chased = (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.LogisticsFollowUp).ConfigureAwait(false)).Count > 0;
        // "菜鸟里啥也搜不到 你们是不是根本没发" before anything was chased: the parcel did leave, and a colleague is now
        // asked to check it with the courier, never a menu of couriers or of hurrying.
        if (!chased && (queued || !NeverShipped().IsMatch(context.Compact)))
        {
            return false;
        }

        state.ClearClarification();
        var slots = context.SlotsOf(order);
        if (!chased)
        {
            var numbered = context.Services.Orders.Facts(order).HasTrackingNumber;
            await context.Actions.FollowUpLogisticsAsync(context.Turn, number, numbered
                ? "买家怀疑没有发货，请同事向快递核实揽收记录和包裹位置"
                : "买家怀疑没有发货，订单已发货但运单号未同步，请同事向快递要到运单号告诉买家", cancellationToken).ConfigureAwait(false);
        }

        // "到底发没发" while a person is awaited for a missing number: yes, when and to whom, and who checks the number.
        if (shippedAsked && !challenged)
        {
            var numbered = context.Services.Orders.Facts(order).HasTrackingNumber;
            context.Say(queued ? numbered ? "track.shipped_queued" : "track.handed_over_queued"
                : numbered ? "track.shipped_doubted" : "track.handed_over_doubted", slots);
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

    /// <summary>"你们是不是先点了发货其实没寄", "是不是根本没发": the buyer doubts the parcel ever left.</summary>
    public static bool Doubts(string compact) => ShipmentDoubted().IsMatch(compact) || NeverShipped().IsMatch(compact);

    [GeneratedRegex("发没发|发了没|到底发了|有没有发|真的发了|发了吗|发货了吗")]
    private static partial Regex ShippedAsked();

    /// <summary>"是不是根本没发 骗我的", "你们是假发货吧", "压根没寄吧": the buyer doubts the parcel ever left.</summary>
    [GeneratedRegex("(?:根本|压根|其实|是不是|是否)(?:就)?(?:没|没有|还没)(?:发|寄)|假发货|虚假发货|骗我|骗人|忽悠|真的发了吗|是不是真(?:的)?发")]
    private static partial Regex ShipmentDoubted();

    /// <summary>"是不是根本没发", "你们是假发货吧", "真的发了吗": the parcel's leaving doubted, whatever else the buyer calls it.</summary>
    [GeneratedRegex("(?:根本|压根|其实|是不是|是否)(?:就)?(?:没|没有|还没)(?:发|寄)|假发货|虚假发货|真的发了吗|是不是真(?:的)?发|(?:真|到底)(?:的)?发(?:了|货了|出去了)?(?:没|吗|么)")]
    private static partial Regex NeverShipped();

    /// <summary>"你们到底管不管", "还管不管了", "有没有人管": the buyer challenges the shop to act.</summary>
    [GeneratedRegex("管不管|有没有人管|没人管|不管了?[吗么嘛啊]|就不管了|不管不问|到底管|怎么不管|咋不管")]
    private static partial Regex Challenge();
}

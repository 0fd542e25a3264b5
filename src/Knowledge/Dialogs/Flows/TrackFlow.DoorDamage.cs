using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A box damaged at the door and not signed for yet: inspect it there and refuse it when the goods are damaged; what the
/// buyer then hears inside, and the refusal with the goods sent again, follow the same advice and go on record.
/// </summary>
public sealed partial class TrackFlow
{
    /// <summary>
    /// The box arrives damaged and is not signed for yet: inspect it at the door and refuse it when the goods are
    /// damaged; the transit damage is recorded for the shop to take up with the carrier.
    /// </summary>
    public static async Task AdviseDoorSideDamageAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        if (context.Told(DoorDamage, order.OrderNumber))
        {
            // Told already: what the buyer hears or guesses inside is refused unopened, never a second record.
            context.Say("track.door_damage_inside", context.SlotsOf(order));
            return;
        }

        context.Say(DoorDamage, context.SlotsOf(order));
        await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, "运输破损：签收前外包装破损，已建议买家当面验货，商品损坏可拒收", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// After the door-side advice, "拒收了你们会重新发吗" or "好 我拒收了" is about that parcel: the refused parcel goes
    /// back and the goods are sent again (or refunded), at the shop's cost. False when no such advice was given.
    /// </summary>
    public static async Task<bool> TryAfterDoorDamageAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var order = context.State.LastOrderToldOf(DoorDamage);
        // "拒收了 不要了 退款吧": the money instead of the goods is the refused parcel's refund, answered elsewhere.
        if (context.State.ActiveFlow is not null || order is null || !Refused().IsMatch(context.Compact) || MoneyInstead().IsMatch(context.Compact))
        {
            return false;
        }

        context.Say("track.after_refusal", new Dictionary<string, string?> { [Templates.TemplateSlots.OrderNumber] = order });
        context.State.LastOrderNumber = order;
        // "那我拒收了 你们记得给我重发": the buyer's choice goes on record once, for the colleague who sends again.
        if (RefusedNow().IsMatch(context.Compact) && (await OpenCases.HereAsync(context, order, cancellationToken, CaseKind.Reship).ConfigureAwait(false)).Count == 0)
        {
            await context.Actions.RequestReshipAsync(context.Turn, order, "运输破损：买家签收前发现商品损坏，拒收包裹；包裹退回后重新发货", [], cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    [GeneratedRegex("拒收了|拒签了|(?:我|就|先|会|去)(?:拒收|拒签)|(?:拒收|拒签)(?:吧|啊|呢|了)")]
    private static partial Regex RefusedNow();

    [GeneratedRegex("退款|退钱|钱退|不要了|不想要了")]
    private static partial Regex MoneyInstead();

    private const string DoorDamage = "track.door_damage";

    /// <summary>
    /// The door-side advice was given on <paramref name="order"/> and the buyer, who has not opened the box, now hears
    /// or guesses the goods inside are broken ("晃了一下里面哗啦响 估计碗碎了").
    /// </summary>
    public static bool StillAtDoor(FlowContext context, Order order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        return context.Told(DoorDamage, order.OrderNumber) && !QualityProblems.AlreadyOpened(context.Normalized)
            && QualityProblems.Of(context.Normalized) is QualityProblem.Damaged && !Refused().IsMatch(context.Compact);
    }

    [GeneratedRegex("拒收|拒签|退回去|重新发|重发|再发|补发")]
    private static partial Regex Refused();
}

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

        // "快递员还在门口 打开看碎了两个盘子": the goods are seen broken already, so the advice is to refuse, not to inspect.
        var seen = DamageSeenAtDoor(context);
        context.Say(seen ? DoorDamage + "_seen" : DoorDamage, context.SlotsOf(order));
        await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber,
            seen ? "运输破损：快递员在场时买家发现商品损坏，已建议拒收，包裹退回后重新发货或退款" : "运输破损：签收前外包装破损，已建议买家当面验货，商品损坏可拒收", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The courier still waits ("快递员还在门口", "我现在是签还是不签") and the goods are broken, said now or earlier in the
    /// chat ("打开看碎了两个盘子"): refusing the parcel is the answer, never only photos and a menu of remedies.
    /// </summary>
    public static bool DamageSeenAtDoor(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // "盒子破了 要不要签收" with the box unopened is the door-side inspection, never goods seen broken; the breakage told
        // earlier counts only for a line that names no problem of its own ("我现在是签还是不签").
        return (AsksWhich().IsMatch(context.Compact) || (CourierWaits().IsMatch(context.Compact) && !RefusedNow().IsMatch(context.Compact)))
            && (QualityProblems.Of(context.Normalized) is { } named
                ? named == QualityProblem.Damaged && QualityProblems.AlreadyOpened(context.Normalized)
                : context.State.ProblemSaid?.StartsWith(QualityProblems.Label(QualityProblem.Damaged), StringComparison.Ordinal) == true);
    }

    [GeneratedRegex("(快递员|快递小哥|小哥|派送员|送货的|师傅|顺丰|中通|圆通|快递)(还|就|正|现在)?在(门口|楼下|等|这)|在门口等")]
    private static partial Regex CourierWaits();

    /// <summary>"签还是不签", "签收还是拒收啊", "要不要拒签": which to do at the door, asked, never a refusal made.</summary>
    [GeneratedRegex("(签|签收|收)还是(不签|不收|拒|拒收|拒签)|(收|要)还是不(收|要)|要不要(签|拒)|该不该(签|收|拒)|(能|可以)(拒收|拒签)吗|拒不拒|签不签|还要签吗|要签吗")]
    private static partial Regex AsksWhich();

    /// <summary>
    /// After the door-side advice, "拒收了你们会重新发吗" or "好 我拒收了" is about that parcel: the refused parcel goes
    /// back and the goods are sent again (or refunded), at the shop's cost. False when no such advice was given.
    /// </summary>
    public static async Task<bool> TryAfterDoorDamageAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var order = context.State.LastOrderToldOf(DoorDamage);
        // "拒收了 不要了 退款吧": the money instead of the goods is the refused parcel's refund, answered elsewhere.
        if (context.State.ActiveFlow is not null || order is null || MoneyInstead().IsMatch(context.Compact))
        {
            return false;
        }

        // "那我到底签不签", "签收还是拒收啊" once the advice was given: refuse, said again briefly, nothing recorded yet.
        if (AsksWhich().IsMatch(context.Compact))
        {
            context.Say("track.door_damage_refuse", new Dictionary<string, string?> { [Templates.TemplateSlots.OrderNumber] = order });
            return true;
        }

        if (!Refused().IsMatch(context.Compact))
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

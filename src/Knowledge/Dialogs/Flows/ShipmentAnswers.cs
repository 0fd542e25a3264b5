using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Where an order stands, told with the track templates: carrier and tracking number when shipped; a possible lost
/// parcel (no tracking number, or shipped long ago and never confirmed) is recorded and handed to a person; an
/// unshipped order past the shipping promise gets an apology, an urgent note and the refund the buyer may ask for.
/// </summary>
public static partial class ShipmentAnswers
{
    public const string LostParcel = "lost_parcel";

    public const string TrackingFollowUp = "tracking_follow_up";
    public const string NoTrackingYet = "track.shipped_no_tracking_yet";
    public const string NoTrackingDayPassed = "track.shipped_no_tracking_day_passed";
    public const string NoTrackingHoursPassed = "track.shipped_no_tracking_hours_passed";
    public const string NoTrackingHoursPassedOffer = "track.shipped_no_tracking_hours_passed_offer";

    /// <summary>
    /// Hours after which a number should have shown (the policy: tracking updates within a few hours of pick-up): past
    /// them, "wait a few hours" is no answer; a colleague asks the courier for the number.
    /// </summary>
    public const double NoTrackingUsualHours = 8;
    public const string Shipped = "track.shipped";

    /// <summary>Days a shipped parcel may still show no tracking number before it counts as possibly lost.</summary>
    public const double NoTrackingNormalDays = 3;

    public static async Task TellAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        var facts = context.Services.Orders.Facts(order);
        var slots = context.SlotsOf(order);
        if (order.HasRefundUnderWay)
        {
            context.Say("track.refund_in_progress", slots);
            return;
        }

        switch (order.Status)
        {
            case OrderStatus.AwaitingPayment:
                context.Say("track.awaiting_payment", slots);
                break;
            case OrderStatus.Closed:
                // Never paid: closed by the platform for non-payment, nothing was taken and nothing ships.
                context.Say(order.PaidAt is null ? "track.closed_unpaid" : order.Refund == RefundStatus.Succeeded ? "track.closed_refunded" : "track.closed", slots);
                break;
            case OrderStatus.Completed:
                context.Say("track.completed", slots);
                break;
            case OrderStatus.AwaitingShipment when facts.IsPastShippingPromise:
                if (await TryStillChasedAsync(context, order, cancellationToken).ConfigureAwait(false))
                {
                    break;
                }

                context.Say("track.not_shipped_past_promise", slots);
                await OverdueAsync(context, order, cancellationToken).ConfigureAwait(false);
                break;
            case OrderStatus.AwaitingShipment:
                context.Say("track.not_shipped_within_promise", slots);
                break;
            // "周二要送人 能到吗", "大概啥时候能到南京" after the number was said to be on its way or chased: when it arrives is
            // answered (the usual days for where it goes follow), the number not chased again.
            case OrderStatus.Shipped when !facts.HasTrackingNumber && facts.DaysSinceShipment < NoTrackingNormalDays
                && ArrivalQuestion.IsAsked(context.Normalized) && !MissingNumber().IsMatch(context.Compact)
                && (context.Told(NoTrackingYet, order.OrderNumber) || context.Told(NoTrackingDayPassed, order.OrderNumber)
                    || context.Told(NoTrackingHoursPassed, order.OrderNumber) || context.Told(NoTrackingHoursPassedOffer, order.OrderNumber)):
                context.Say("track.on_the_road_without_number", slots);
                DeadlineAside.Say(context);
                break;
            // "单号给我一下" after the number was said to be still syncing and a check offered: still nothing to give;
            // when it shows and the check are said once more, nothing recorded and nobody fetched until the buyer insists
            // ("怎么还是查不到单号" presses: the courier is asked).
            case OrderStatus.Shipped when !facts.HasTrackingNumber && facts.DaysSinceShipment < 1 && !context.Told(NotSyncedAgain, order.OrderNumber) && !Presses().IsMatch(context.Compact)
                && (context.Told(NoTrackingYet, order.OrderNumber) || context.Told(NoTrackingHoursPassedOffer, order.OrderNumber))
                && (await OpenCases.HereAsync(context, order.OrderNumber, cancellationToken, CaseKind.LogisticsFollowUp).ConfigureAwait(false)).Count == 0:
                context.Say(NotSyncedAgain, slots);
                break;
            case OrderStatus.Shipped when !facts.HasTrackingNumber && facts.DaysSinceShipment < NoTrackingNormalDays
                && (context.Told(NoTrackingYet, order.OrderNumber) || context.Told(NoTrackingDayPassed, order.OrderNumber)
                    || context.Told(NoTrackingHoursPassed, order.OrderNumber) || context.Told(NoTrackingHoursPassedOffer, order.OrderNumber)):
                await NoTrackingAgainAsync(context, order, slots, cancellationToken).ConfigureAwait(false);
                break;
            case OrderStatus.Shipped when facts.IsPastPromiseWithoutNumber && facts.DaysSinceShipment >= 1 && facts.DaysSinceShipment < NoTrackingNormalDays:
                context.Say("track.shipped_no_tracking_past_promise", slots);
                await OverdueAsync(context, order, cancellationToken).ConfigureAwait(false);
                break;
            // Handed over last night and still no number the next day: longer than the few hours it takes, no lost parcel.
            // Asked about the missing number itself, a colleague is asked for it at once; asked only where the parcel is,
            // the delay is said and the same is offered.
            case OrderStatus.Shipped when !facts.HasTrackingNumber && facts.DaysSinceShipment < 1 && facts.DaysSinceShipment * 24 >= NoTrackingUsualHours:
                if (MissingNumber().IsMatch(context.Compact))
                {
                    context.Say(NoTrackingHoursPassed, slots);
                    await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, "已发货超过几个小时仍没有运单号，请同事向快递核实并补上运单号", cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    context.Say(NoTrackingHoursPassedOffer, slots);
                }

                break;
            case OrderStatus.Shipped when !facts.HasTrackingNumber && facts.DaysSinceShipment < 1:
                context.Say(NoTrackingYet, slots);
                break;
            // Handed over more than a day ago and still no number, where the policy says a few hours: not normal and not
            // to be waited out; a follow-up is recorded at once for a colleague to ask the courier (asked again, a person
            // takes it; lost only after three days).
            case OrderStatus.Shipped when !facts.HasTrackingNumber && facts.DaysSinceShipment < NoTrackingNormalDays:
                context.Say(NoTrackingDayPassed, slots);
                await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, "交给快递超过一天仍没有运单号，请同事向快递核实运单号和包裹去向", cancellationToken).ConfigureAwait(false);
                break;
            case OrderStatus.Shipped when !facts.HasTrackingNumber:
                await LostAsync(context, order, "track.shipped_no_tracking", "发货超过三天仍没有运单号", cancellationToken).ConfigureAwait(false);
                break;
            case OrderStatus.Shipped when facts.IsShippedLongAgo:
                // The days on the record are the days the buyer reads ("17天" in the reply is never "16天" on the desk).
                await LostAsync(context, order, "track.shipped_long_ago", $"发出{slots[TemplateSlots.DaysSinceShipment]}天仍未签收", cancellationToken).ConfigureAwait(false);
                await ReceiptExtension.NoteForLostAsync(context, order.OrderNumber, cancellationToken).ConfigureAwait(false);
                break;
            // "这么久了还没到" right after the tracking line: the same carrier and number again would not help.
            case OrderStatus.Shipped when context.Told(Shipped, order.OrderNumber) && StillWaiting(context):
                await AskedAgainAsync(context, order, slots, facts, cancellationToken).ConfigureAwait(false);
                break;
            default:
                context.Say(Shipped, slots);
                break;
        }
    }

    /// <summary>
    /// The buyer was told once that a fresh parcel's number takes a few hours and asks again (or wants someone to look):
    /// "wait a few hours" is not said twice; the shop checks with the courier and a person follows up, unless a follow-up
    /// is already recorded.
    /// </summary>
    public static async Task NoTrackingAgainAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        // The follow-up this chat already recorded: "圆通的单号也看不到 是不是根本没发啊" hears what the system says and that the
        // pick-up is being checked, "把单号发我" that there is no number to give yet; nothing is recorded twice and no person
        // is fetched for what a colleague already chases.
        if ((await OpenCases.HereAsync(context, order.OrderNumber, cancellationToken, CaseKind.LogisticsFollowUp).ConfigureAwait(false)).Count > 0)
        {
            context.Say(ChaseUnderWay.Doubts(context.Compact) ? "track.handed_over_doubted" : "track.no_tracking_not_in_yet_chased", slots);
            return;
        }

        context.Say("track.no_tracking_follow_up", slots);
        await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, "已发货但还没有运单号，买家再次询问，请同事向快递核实运单号", cancellationToken).ConfigureAwait(false);
        context.NeedPerson(TrackingFollowUp);
    }

    /// <summary>
    /// Asked again after the carrier and number were given: still within the usual days for where it goes, those days
    /// and what to do when they run over; past them, or asked once more, the days on the road are said and a follow-up
    /// with the courier is recorded; asked again after that, a person takes it.
    /// </summary>
    private static async Task AskedAgainAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, OrderFacts facts, CancellationToken cancellationToken)
    {
        if (context.Told("track.asked_again", order.OrderNumber) || context.Told("track.asked_again_fresh", order.OrderNumber))
        {
            context.Say("track.asked_again_followed", slots);
            context.NeedPerson(TrackingFollowUp);
            return;
        }

        // "顺丰怎么两天了还没到杭州" while the parcel is still within the usual days for where it goes: those days, and
        // what to do when it runs over; no follow-up until the buyer asks once more.
        if (!context.Told(WithinDays, order.OrderNumber) && ArrivalDays.Range(context, order) is { } range && (facts.DaysSinceShipment ?? 0) < range.Most)
        {
            context.Say(WithinDays, new Dictionary<string, string?>(slots, StringComparer.Ordinal) { [TemplateSlots.Place] = range.Place, [TemplateSlots.Days] = range.Said });
            return;
        }

        var days = Math.Floor(facts.DaysSinceShipment ?? 0);
        context.Say(days >= 1 ? "track.asked_again" : "track.asked_again_fresh", slots);
        var note = days >= 1 ? $"买家再次询问还没到货（已发出{slots[TemplateSlots.DaysSinceShipment]}天），请联系快递核实包裹位置并催促派送" : "买家再次询问还没到货（当天发出），请留意揽收和派送";
        await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, note, cancellationToken).ConfigureAwait(false);
        context.Suggest("转人工");
    }

    private const string WithinDays = "track.asked_again_within_days";

    private const string NotSyncedAgain = "track.no_tracking_not_synced_again";

    /// <summary>"这么久了还没到", "怎么还没收到", "还是没到啊 怎么这么慢", "都三天了", "19号发的": the buyer waits, rather than asking for the number again.</summary>
    private static bool StillWaiting(FlowContext context) =>
        context.Facts.Cues.NeverGot || StillWaitingWords().IsMatch(WaitingText(context));

    /// <summary>The line as read for waiting words: question marks alone ("？？？") leave nothing normalised, so they are read as typed.</summary>
    internal static string WaitingText(FlowContext context) =>
        context.Normalized.Length == 0 ? context.Input.Text.Trim() : context.Normalized;

    /// <summary>"怎么还是查不到", "到底什么时候有": the buyer presses after the answer, rather than asking once more.</summary>
    [GeneratedRegex("还是|怎么还|咋还|到底|一直|又")]
    private static partial Regex Presses();

    [GeneratedRegex("单号|查不到|没有物流|没物流|物流.{0,3}(没有|没|不)")]
    private static partial Regex MissingNumber();

    [GeneratedRegex("还是?没有?到|没收到|还没收|这么久|那么久|怎么还|咋还|还不到|还没送|多久才|太慢|好慢|(这么|那么|这样)慢|一直没|天了|号(?:就)?(?:发|寄)的|^[?？]+$")]
    private static partial Regex StillWaitingWords();

    private static async Task LostAsync(FlowContext context, Order order, string templateId, string description, CancellationToken cancellationToken)
    {
        if (!await AlreadyFollowedAsync(context, order, cancellationToken).ConfigureAwait(false))
        {
            context.Say(templateId, context.SlotsOf(order));
            await context.Actions.ReportLostParcelAsync(context.Turn, order.OrderNumber, LostParcelChoices.Noted(context, description, context.SlotsOf(order)), cancellationToken).ConfigureAwait(false);
        }

        context.NeedPerson(LostParcel);
    }

    /// <summary>
    /// A lost-parcel case already open on the order (from this chat or an earlier one): the buyer is told it is being
    /// followed up, and no second case is opened. A person still picks the question up.
    /// </summary>
    public static async Task<bool> AlreadyFollowedAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.LostParcel).ConfigureAwait(false) is null)
        {
            return false;
        }

        context.Say("track.lost_parcel_followed", context.SlotsOf(order));
        return true;
    }
}

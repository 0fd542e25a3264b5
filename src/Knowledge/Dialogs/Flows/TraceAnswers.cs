using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Logistics;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Where is my parcel, answered from the live trace when a provider is configured: the latest scan (time, place, what
/// happened), the whole trace on request, signed (and, when the buyer has nothing, a not-received case and a person),
/// out for delivery, stalled (an apology, a follow-up case, and the parcel watched so the buyer hears when it moves),
/// on its way back or refused, or a 疑难件 (a follow-up case and a person). A trace that cannot be had is said so, with
/// carrier and number. Without a provider, or for situations the trace does not change, the flow answers as before.
/// </summary>
public static partial class TraceAnswers
{
    public const string ParcelReturned = "parcel_returned";
    public const string ParcelProblem = "parcel_problem";
    private const int MaxTraceLines = 12;

    /// <summary>Answers from the trace and returns true, or returns false and says nothing so the flow answers without it.</summary>
    public static async Task<bool> TryAnswerAsync(FlowContext context, Order order, TrackSituation situation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        var tracking = context.Services.Tracking;
        var shipped = order.Status == OrderStatus.Shipped || (order.Status == OrderStatus.Completed && situation == TrackSituation.NotReceived);
        if (tracking is null || !tracking.Traces.IsConfigured || !shipped || order.HasRefundUnderWay
            || situation is TrackSituation.CourierProblem or TrackSituation.DamagedInTransit or TrackSituation.FollowUpRequested)
        {
            return false;
        }

        var lookup = await tracking.Traces.TraceAsync(order, cancellationToken).ConfigureAwait(false);
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal);
        if (lookup.Status == TraceLookupStatus.Unavailable && situation is TrackSituation.WhereIsIt or TrackSituation.NeededBy && order.Status == OrderStatus.Shipped)
        {
            context.Say("track.trace_unavailable", slots);
            SayNeededBy(context, situation, slots);
            return true;
        }

        if (lookup.Trace is not { Latest: { } latest } trace)
        {
            return false;
        }

        slots[TemplateSlots.ScanTime] = Format(latest.Time);
        slots[TemplateSlots.ScanPlace] = latest.Place;
        slots[TemplateSlots.ScanText] = latest.Text;
        if (AsksWholeTrace(context.Normalized))
        {
            slots[TemplateSlots.TraceLines] = string.Join("\n", trace.Scans.Take(MaxTraceLines).Select(Line));
            context.Say("track.trace_full", slots);
            return true;
        }

        var now = context.Services.Time.GetUtcNow();
        var place = latest.Place is null ? "_no_place" : string.Empty;
        switch (trace.State)
        {
            case TraceState.Signed when situation == TrackSituation.NotReceived:
                context.Say("track.trace_signed_not_received" + place, slots);
                await context.Actions.ReportLostParcelAsync(context.Turn, order.OrderNumber, $"物流显示{Format(latest.Time)}签收（{latest.Text}），买家说没有收到包裹", cancellationToken).ConfigureAwait(false);
                context.NeedPerson(TrackFlow.NotReceived);
                break;
            case TraceState.Signed:
                context.Say("track.trace_signed" + place, slots);
                break;
            case TraceState.Returning or TraceState.ReturnedToShop or TraceState.Refused:
                context.Say("track.trace_returned", slots);
                await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, $"物流显示包裹被退回或拒收：{latest.Text}", cancellationToken).ConfigureAwait(false);
                context.NeedPerson(ParcelReturned);
                break;
            case TraceState.Problem:
                context.Say("track.trace_problem", slots);
                await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, $"快递标为疑难件：{latest.Text}", cancellationToken).ConfigureAwait(false);
                context.NeedPerson(ParcelProblem);
                break;
            case var _ when trace.IsStalled(now, tracking.Options.StalledAfter):
                context.Say("track.trace_stalled" + place, slots);
                await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, $"物流自{Format(latest.Time)}起没有更新（超过{tracking.Options.StalledAfter.TotalHours:0}小时）", cancellationToken).ConfigureAwait(false);
                await tracking.WatchList.WatchAsync(new WatchedParcel(context.Input.ConversationId, context.Input.BuyerId, order.OrderNumber, latest.Time, trace.State, now), cancellationToken).ConfigureAwait(false);
                break;
            case TraceState.OutForDelivery:
                context.Say("track.trace_out_for_delivery" + place, slots);
                break;
            default:
                context.Say("track.trace_latest" + place, slots);
                SayNeededBy(context, situation, slots);
                break;
        }

        return true;
    }

    /// <summary>"完整物流", "物流详情发我看看", "所有记录": the buyer wants every scan, not the latest.</summary>
    public static bool AsksWholeTrace(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return WholeTrace().IsMatch(CompactText.Of(normalizedText));
    }

    /// <summary>A moment in the buyer's clock, as the templates write it.</summary>
    public static string Format(DateTimeOffset time) => time.ToOffset(ShanghaiTime.Offset).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);

    private static void SayNeededBy(FlowContext context, TrackSituation situation, IReadOnlyDictionary<string, string?> slots)
    {
        if (situation == TrackSituation.NeededBy)
        {
            context.Say("track.needed_by", slots);
        }
    }

    private static string Line(TraceScan scan) => scan.Place is { } place ? $"{Format(scan.Time)} {place}：{scan.Text}" : $"{Format(scan.Time)} {scan.Text}";

    [GeneratedRegex("(完整|全部|详细|所有|整个)的?(物流|记录|轨迹)|物流(详情|轨迹|记录|明细)|每一条|一条条")]
    private static partial Regex WholeTrace();
}

using Microsoft.Extensions.Options;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Turns;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Logistics;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// Follow-up without being asked: each watched stalled parcel whose trace has moved (a newer scan or another state)
/// is told to its buyer in the conversation where they asked, with a track template, through the channel adapter's
/// pipeline as every message; that pipeline's reply screen drops a blocked follow-up (<see cref="DropWhenBlocked"/>)
/// rather than send a rewrite. A parcel is told once (the watch is removed first, so two hosts never both tell it),
/// and dropped when its order is gone or it was watched for longer than the follow-up period.
/// </summary>
public sealed partial class ParcelFollowUp(
    IParcelWatchList watchList,
    ILogisticsTraces traces,
    IOrderLookup orders,
    IReplyTemplates templates,
    ChannelAdapter adapter,
    IOptions<LogisticsOptions> logistics,
    IOptions<OrdersOptions> ordersOptions,
    TimeProvider time,
    ILogger<ParcelFollowUp> logger)
{
    /// <summary>Looks at every watched parcel once; returns how many buyers were told.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var told = 0;
        foreach (var parcel in await watchList.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var order = orders.Find(parcel.BuyerId, parcel.OrderNumber);
            if (order is null || time.GetUtcNow() - parcel.Since > logistics.Value.FollowUpFor)
            {
                await watchList.RemoveAsync(parcel.ConversationId, parcel.OrderNumber, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var lookup = await traces.TraceAsync(order, cancellationToken).ConfigureAwait(false);
            if (lookup.Trace is not { Latest: { } latest } trace || !trace.MovedSince(parcel.LastScanAt ?? DateTimeOffset.MinValue, parcel.State)
                || !await watchList.RemoveAsync(parcel.ConversationId, parcel.OrderNumber, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            if (await TellAsync(parcel, order, trace, latest, cancellationToken).ConfigureAwait(false))
            {
                told++;
            }
        }

        return told;
    }

    private async Task<bool> TellAsync(WatchedParcel parcel, Order order, LogisticsTrace trace, TraceScan latest, CancellationToken cancellationToken)
    {
        var slots = new Dictionary<string, string?>(OrderSlots.Of(order, orders.Facts(order), ordersOptions.Value), StringComparer.Ordinal)
        {
            [TemplateSlots.ScanTime] = TraceAnswers.Format(latest.Time),
            [TemplateSlots.ScanPlace] = latest.Place ?? order.Carrier,
            [TemplateSlots.ScanText] = latest.Text,
        };
        var templateId = trace.State == TraceState.Signed ? "track.trace_moved_signed" : "track.trace_moved";
        var activity = new Activity { Type = ActivityTypes.Message, Text = templates.Render(templateId, slots, parcel.ConversationId).Text };
        var blocked = new DropWhenBlocked();
        try
        {
            await adapter.ContinueConversationAsync(
                parcel.ConversationId,
                (turn, ct) =>
                {
                    turn.TurnState.Set(blocked);
                    return turn.SendActivityAsync(activity, ct);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (KeyNotFoundException)
        {
            LogGone(parcel.OrderNumber);
            return false;
        }

        if (blocked.Dropped > 0)
        {
            LogBlocked(parcel.OrderNumber, templateId);
            return false;
        }

        LogTold(parcel.OrderNumber, trace.State);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Told the buyer that stalled order {OrderNumber} moved ({State})")]
    private partial void LogTold(string orderNumber, TraceState state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Follow-up of order {OrderNumber} ({TemplateId}) blocked by the reply screen; not sent")]
    private partial void LogBlocked(string orderNumber, string templateId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Follow-up of order {OrderNumber} not sent: the conversation is gone")]
    private partial void LogGone(string orderNumber);
}

using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Attachments;
using ShopBot.Bot.Schema;
using ShopBot.Handoff;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Desk;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Transcripts;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Bot.Agents;

/// <summary>Turns the handoff's records into what the agent API returns. Buyer text stays plain text: the console never renders it as HTML.</summary>
public sealed class AgentViews(
    AgentDesk handoff,
    IHandoffQueue queue,
    IOrderLookup orders,
    ICaseStore cases,
    IAttachmentStore attachments,
    BuyerHistoryViews buyers,
    IOptions<AgentConsoleOptions> options,
    TimeProvider time)
{
    public async Task<AgentProfile> ProfileAsync(AgentIdentity agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var status = await handoff.GetAgentAsync(agent.AgentId, cancellationToken).ConfigureAwait(false);
        return new AgentProfile(
            agent.AgentId,
            agent.Name,
            WireNames.Of(status?.Presence ?? AgentPresence.Offline),
            status?.Capacity ?? 0,
            status?.Conversations ?? [],
            options.Value.MaxReplyLength);
    }

    public async Task<QueueView> QueueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var items = new List<QueueItem>();
        foreach (var entry in await handoff.ListQueueAsync(cancellationToken).ConfigureAwait(false))
        {
            var held = await queue.GetHeldMessagesAsync(entry.ConversationId, cancellationToken).ConfigureAwait(false);
            var ticket = entry.Ticket;
            items.Add(new QueueItem(
                entry.ConversationId,
                ticket.BuyerId,
                entry.Position,
                Math.Max(0, (long)entry.WaitingFor(now).TotalSeconds),
                ticket.Intent,
                ticket.Reason,
                WireNames.Of(ticket.Priority),
                held.Count,
                entry.Returned,
                ticket.Summary)
            {
                IntentName = ticket.Intent is null ? null : IntentNames.Of(ticket.Intent),
                ReasonText = HandoffReasonText.Of(ticket.Reason),
            });
        }

        return new QueueView(items);
    }

    public async Task<ConversationView> ConversationAsync(AgentHandover handover, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handover);
        var routing = handover.Routing;
        var ticket = handover.Ticket;
        var records = await cases.ListAsync(new CaseQuery { BuyerId = ticket.BuyerId }, cancellationToken).ConfigureAwait(false);
        var items = await CasesAsync(records, cancellationToken).ConfigureAwait(false);
        var view = new ConversationView(
            routing.ConversationId,
            ticket.BuyerId,
            WireNames.Of(routing.Status),
            routing.AgentId,
            ticket.Intent,
            ticket.Reason,
            WireNames.Of(ticket.Priority),
            ticket.Summary,
            ticket.OrderSummary,
            ticket.RequestedAt,
            handover.HeldMessages,
            [.. handover.Transcript.Select(Message).OfType<TranscriptItem>()],
            [.. orders.OrdersOf(ticket.BuyerId).Select(Order)],
            [.. records.Where(c => c.ConversationId == routing.ConversationId).Select(c => items[c.Id])])
        {
            IntentName = ticket.Intent is null ? null : IntentNames.Of(ticket.Intent),
            ReasonText = HandoffReasonText.Of(ticket.Reason),
            StatusName = StatusNames.Of(routing.Status),
        };
        return await buyers.DescribeAsync(view, records, c => items[c.Id], cancellationToken).ConfigureAwait(false);
    }

    private static TranscriptItem? Message(TranscriptEntry entry)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(entry.ActivityJson, BotJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return null;
        }

        if (activity is null || activity.Type != ActivityTypes.Message)
        {
            return null;
        }

        var sender = activity.From?.Role == RoleTypes.User ? "buyer"
            : activity.From?.Id?.StartsWith("agent:", StringComparison.Ordinal) == true ? "agent"
            : "bot";
        var images = activity.Attachments?
            .Where(a => a.ContentType?.StartsWith("image/", StringComparison.Ordinal) == true)
            .Select(a => AttachmentAddresses.IdOf(a.ContentUrl) is { } id ? new AttachmentItem(a.ContentType!, AttachmentAddresses.ForAgent(id)) : null)
            .OfType<AttachmentItem>()
            .ToList();
        return new TranscriptItem(sender, activity.From?.Name, activity.Text ?? string.Empty, activity.Timestamp, images ?? []);
    }

    private static OrderItem Order(Order order) =>
        new(order.OrderNumber, order.Title, OrderSlots.StatusName(order), order.AmountPaid, order.Carrier, order.TrackingNumber, order.PaidAt, order.ShippedAt);

    /// <summary>Every case of the buyer as the API shows it, by case id, with its photos.</summary>
    private async Task<Dictionary<string, CaseItem>> CasesAsync(IEnumerable<CaseRecord> records, CancellationToken cancellationToken)
    {
        var items = new Dictionary<string, CaseItem>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            items[record.Id] = new CaseItem(
                record.Id, record.Kind.Name(), record.Kind.Label(), WireNames.Of(record.Status), record.OrderNumber, record.Reason, record.Description,
                record.PhotoUrls.Count, record.CreatedAt, await PhotosAsync(record, cancellationToken).ConfigureAwait(false))
            {
                StatusName = StatusNames.Of(record.Status),
                ConversationId = record.ConversationId,
                ReturnParcel = record.ReturnTrackingNumber is null ? null : $"{record.ReturnCarrier} {record.ReturnTrackingNumber}".Trim(),
                InvoiceTitleType = record.InvoiceTitleType?.ToString().ToLowerInvariant(),
                InvoiceTitle = record.InvoiceTitle,
                TaxNumber = record.TaxNumber,
                Email = record.Email,
            };
        }

        return items;
    }

    /// <summary>The case's photos the host still keeps (a photo past <c>Retention:Uploads</c> is left out), with their agent addresses.</summary>
    private async Task<List<AttachmentItem>> PhotosAsync(CaseRecord record, CancellationToken cancellationToken)
    {
        var photos = new List<AttachmentItem>();
        foreach (var id in record.PhotoUrls.Select(AttachmentAddresses.IdOf).OfType<string>())
        {
            if (await attachments.ContentTypeOfAsync(id, cancellationToken).ConfigureAwait(false) is { } contentType)
            {
                photos.Add(new AttachmentItem(contentType, AttachmentAddresses.ForAgent(id)));
            }
        }

        return photos;
    }
}

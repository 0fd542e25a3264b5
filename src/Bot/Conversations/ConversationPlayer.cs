using System.Globalization;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Schema;
using ShopBot.Handoff;
using ShopBot.Handoff.Routing;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.Conversations;

/// <summary>
/// Plays a buyer's lines through the same Direct Line conversation and turn pipeline as Web Chat, and reports for each
/// line the bot's replies, who answers now and the records the turn opened or changed. Used by <c>chat</c> and by
/// <c>test-conversations</c>.
/// </summary>
public sealed class ConversationPlayer
{
    private readonly DirectLineConversations _conversations;
    private readonly IntentUnderstander _understander;
    private readonly BuyerHandoff _handoff;
    private readonly ICaseStore _cases;
    private readonly TokenPayload _caller;
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private long _watermark;

    private ConversationPlayer(IServiceProvider services, string buyerId, string conversationId)
    {
        _conversations = services.GetRequiredService<DirectLineConversations>();
        _understander = services.GetRequiredService<IntentUnderstander>();
        _handoff = services.GetRequiredService<BuyerHandoff>();
        _cases = services.GetRequiredService<ICaseStore>();
        BuyerId = buyerId;
        ConversationId = conversationId;
        _caller = new TokenPayload(buyerId, buyerId, conversationId, 0);
    }

    public string BuyerId { get; }

    public string ConversationId { get; }

    /// <summary>What the bot said before the buyer's first line (the welcome).</summary>
    public IReadOnlyList<string> Greeting { get; private set; } = [];

    public static async Task<ConversationPlayer> StartAsync(IServiceProvider services, string buyerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(buyerId);
        var conversation = await services.GetRequiredService<DirectLineConversations>().StartAsync(buyerId, buyerId, cancellationToken).ConfigureAwait(false);
        var player = new ConversationPlayer(services, buyerId, conversation.ConversationId);
        player.Greeting = await player.ReadRepliesAsync(cancellationToken).ConfigureAwait(false);
        await player.ReadRecordsAsync(cancellationToken).ConfigureAwait(false);
        return player;
    }

    public async Task<PlayedTurn> SayAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        await _conversations.PostAsync(_caller, new Activity { Type = ActivityTypes.Message, Text = text }, null, cancellationToken).ConfigureAwait(false);
        var replies = await ReadRepliesAsync(cancellationToken).ConfigureAwait(false);
        var records = await ReadRecordsAsync(cancellationToken).ConfigureAwait(false);
        var understanding = _understander.Understand(text);
        var routing = await _handoff.GetRoutingAsync(ConversationId, cancellationToken).ConfigureAwait(false);
        return new PlayedTurn(text, understanding.Intent, Math.Round(understanding.Confidence, 4), routing.Status, replies, records);
    }

    /// <summary>
    /// Takes the buyer out of the queue if the conversation left them there, and closes the hurry and urgent notes,
    /// invoice requests and lost-parcel cases it left open (a second hurry or lost parcel on an order is not opened while
    /// one is; an invoice already asked for is answered with its status), so the next conversation starts clean whatever order the suite runs in.
    /// </summary>
    public async Task EndAsync(CancellationToken cancellationToken = default)
    {
        var routing = await _handoff.GetRoutingAsync(ConversationId, cancellationToken).ConfigureAwait(false);
        if (routing.Status == RoutingStatus.Queued)
        {
            await _handoff.CancelAsync(ConversationId, "对话测试结束", cancellationToken).ConfigureAwait(false);
        }

        var open = await _cases.ListAsync(new CaseQuery { BuyerId = BuyerId, Status = CaseStatus.Open, Limit = int.MaxValue }, cancellationToken).ConfigureAwait(false);
        foreach (var note in open.Where(c => c.ConversationId == ConversationId && c.Kind is CaseKind.HurryNote or CaseKind.UrgentNote or CaseKind.InvoiceRequest or CaseKind.LostParcel))
        {
            await _cases.ResolveAsync(note.Id, new CaseResolution("bot", Note: "对话测试结束", Cancelled: true), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Closes every case the script's chats (<paramref name="conversationIds"/>) left open: the bot opens one case of a
    /// kind per order (<see cref="OpenCaseGuard"/>), so a case left open would change what the next script on the same
    /// order records.
    /// </summary>
    public async Task CloseRecordsAsync(IReadOnlySet<string> conversationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        var open = await _cases.ListAsync(new CaseQuery { BuyerId = BuyerId, Status = CaseStatus.Open, Limit = int.MaxValue }, cancellationToken).ConfigureAwait(false);
        foreach (var record in open.Where(c => c.ConversationId is { } id && conversationIds.Contains(id)))
        {
            await _cases.ResolveAsync(record.Id, new CaseResolution("bot", Note: "对话测试结束", Cancelled: true), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<string>> ReadRepliesAsync(CancellationToken cancellationToken)
    {
        var replies = new List<string>();
        while (true)
        {
            var page = await _conversations.ReadAsync(ConversationId, _watermark, cancellationToken).ConfigureAwait(false);
            var next = long.Parse(page.Watermark, CultureInfo.InvariantCulture);
            replies.AddRange(page.Activities
                .Where(a => a.Type == ActivityTypes.Message && a.From?.Id != BuyerId && !string.IsNullOrEmpty(a.Text))
                .Select(a => a.Text!));
            if (next == _watermark || page.Activities.Count == 0)
            {
                return replies;
            }

            _watermark = next;
        }
    }

    /// <summary>
    /// The buyer's cases that are new or changed since the last look (primed when the chat starts): a case of an earlier
    /// chat that this turn cancelled or updated is one this turn changed.
    /// </summary>
    private async Task<IReadOnlyList<TurnRecord>> ReadRecordsAsync(CancellationToken cancellationToken)
    {
        var cases = await _cases.ListAsync(new CaseQuery { BuyerId = BuyerId, Limit = int.MaxValue }, cancellationToken).ConfigureAwait(false);
        var changed = new List<TurnRecord>();
        foreach (var record in cases.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            if (!_seen.TryGetValue(record.Id, out var updated) || updated != record.UpdatedAt)
            {
                _seen[record.Id] = record.UpdatedAt;
                changed.Add(CaseRecordFields.ToTurnRecord(record));
            }
        }

        return changed;
    }
}

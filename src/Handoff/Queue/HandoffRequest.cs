namespace ShopBot.Handoff.Queue;

/// <summary>
/// What the turn pipeline knows when it escalates: whose conversation, why, the detected intent, how urgent, and what
/// the agent should read first (a short summary, the order, any case records such as a refund or a lost-parcel report),
/// and the channel the buyer came from, whose queued conversations are capped together. <paramref name="Need"/> is the
/// need in the shop's words (why, what about, what was recorded), for an agent who meets it beside another chat.
/// </summary>
public sealed record HandoffRequest(
    string ConversationId,
    string BuyerId,
    string Reason,
    string? Intent,
    HandoffPriority Priority,
    string Summary,
    string? OrderSummary = null,
    IReadOnlyList<string>? CaseRecords = null,
    string Channel = HandoffRequest.DefaultChannel,
    string? Need = null)
{
    public const string DefaultChannel = "default";

    /// <summary>The buyer's own last line, for a note where the agent also needs the words; the summary is the shop's.</summary>
    public string? BuyerWords { get; init; }

    internal HandoffTicket ToTicket(DateTimeOffset now) =>
        new(BuyerId, Reason, Intent, Priority, Summary, OrderSummary, CaseRecords ?? [], now);
}

namespace ShopBot.Bot.Records;

/// <summary>
/// The facts of one bot turn, as the reports and the trainer's review read them: when, whose conversation, the
/// normalised words, what the model made of them (intent, confidence, runner-up, decision), what the dialog did
/// (<see cref="Outcome"/>: <c>answered</c>, <c>clarifying</c> or <c>not_understood</c>; the flow and the templates'
/// situations), the records the turn opened or changed, the reply screen's verdicts, and the handoff, if any.
/// </summary>
public sealed record BotTurnRecord
{
    public required string Id { get; init; }

    public required DateTimeOffset At { get; init; }

    public required string ConversationId { get; init; }

    public required string BuyerId { get; init; }

    public required string Text { get; init; }

    public required string Intent { get; init; }

    public required float Confidence { get; init; }

    public string? RunnerUp { get; init; }

    public float? RunnerUpConfidence { get; init; }

    public required string Decision { get; init; }

    public required string Outcome { get; init; }

    public string? Flow { get; init; }

    public string? OrderNumber { get; init; }

    public IReadOnlyList<string> Situations { get; init; } = [];

    public IReadOnlyList<string> Templates { get; init; } = [];

    /// <summary>Records the turn opened or changed, as <c>kind:id</c> (e.g. <c>refund_request:C20260101-0001</c>).</summary>
    public IReadOnlyList<string> Records { get; init; } = [];

    /// <summary>One verdict per reply: <c>allowed</c>, <c>rewritten</c> or <c>blocked</c>.</summary>
    public IReadOnlyList<string> Screens { get; init; } = [];

    /// <summary>The handoff trigger in wire form (<c>buyer_asked</c>, <c>complaint</c> ...); null when the bot kept the turn.</summary>
    public string? HandoffTrigger { get; init; }

    public string? HandoffReason { get; init; }
}

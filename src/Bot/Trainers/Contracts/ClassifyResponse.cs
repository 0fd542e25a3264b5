namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>
/// What the bot makes of an utterance as the first turn of a new conversation: the normalised text, whether a person
/// was asked for, every intent's score, the decision, and the replies it would send, without changing any real data.
/// </summary>
public sealed record ClassifyResponse(
    string Text,
    string NormalizedText,
    bool HandoffRequested,
    string Intent,
    double Confidence,
    string Decision,
    IReadOnlyList<ScoreView> Scores,
    string BuyerId,
    string Outcome,
    IReadOnlyList<ReplyView> Replies,
    IReadOnlyList<string> SuggestedReplies,
    string? Handoff,
    IReadOnlyList<CaseView> WouldOpenCases,
    string? IntentName = null);

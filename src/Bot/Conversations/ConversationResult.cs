namespace ShopBot.Bot.Conversations;

/// <summary>A conversation played: its script, every turn as played, and what did not hold (empty when it passed).</summary>
public sealed record ConversationResult(ConversationScript Script, IReadOnlyList<PlayedTurn> Turns, IReadOnlyList<string> Failures)
{
    public bool Passed => Failures.Count == 0;
}

namespace ShopBot.Bot.Agents;

/// <summary>
/// Who the buyer is beyond this chat: Chinese names beside the ids, a recap of this conversation built from its turn
/// notes, the buyer's earlier conversations and every case of theirs (<see cref="Cases"/> keeps only this conversation's).
/// </summary>
public sealed partial record ConversationView
{
    public string? IntentName { get; init; }

    public string? ReasonText { get; init; }

    public string? StatusName { get; init; }

    public BuyerRecap? Recap { get; init; }

    public IReadOnlyList<PastConversationItem>? History { get; init; }

    public IReadOnlyList<CaseItem>? BuyerCases { get; init; }
}

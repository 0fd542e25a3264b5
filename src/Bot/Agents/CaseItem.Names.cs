namespace ShopBot.Bot.Agents;

/// <summary>The case status in Chinese, beside its id in <c>status</c>; the conversation the case was opened in.</summary>
public sealed partial record CaseItem
{
    public string? StatusName { get; init; }

    public string? ConversationId { get; init; }
}

using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Agents;

/// <summary>The 422 body of a reply the screen refused: the error and the violations to edit out.</summary>
public sealed record ReplyBlockedResponse(Error Error, IReadOnlyList<ViolationItem> Violations);

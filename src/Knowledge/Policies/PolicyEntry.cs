namespace ShopBot.Knowledge.Policies;

/// <summary>One rule of the shop: a stable id, a title, the text a buyer is told, and questions it answers.</summary>
public sealed record PolicyEntry(string Id, string Title, string Text, IReadOnlyList<string> Questions, string File);

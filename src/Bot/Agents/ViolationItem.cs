namespace ShopBot.Bot.Agents;

/// <summary>A reply-screen violation: its kind (<c>superlative</c>, <c>promise</c>, <c>rule</c>, <c>contact</c>, <c>abuse</c>), the matched text and its index.</summary>
public sealed record ViolationItem(string Kind, string Match, int Index);

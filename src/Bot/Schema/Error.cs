namespace ShopBot.Bot.Schema;

/// <summary>A machine-readable code and a message a developer can act on.</summary>
public sealed record Error(string Code, string Message);

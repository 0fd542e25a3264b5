namespace ShopBot.Bot.Consoles;

/// <summary>Whom a console key belongs to: the id the handoff and the records use, the name people read, and the roles.</summary>
public sealed record ConsoleAccount(string Id, string Name, IReadOnlyList<string> Roles);

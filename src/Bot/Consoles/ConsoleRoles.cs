namespace ShopBot.Bot.Consoles;

/// <summary>
/// The roles a console key carries, also the names of the authorization policies that require them. A supervisor key
/// carries <see cref="Agent"/> too: a supervisor may work the agent desk.
/// </summary>
public static class ConsoleRoles
{
    public const string Agent = "agent";
    public const string Supervisor = "supervisor";
    public const string Trainer = "trainer";
}

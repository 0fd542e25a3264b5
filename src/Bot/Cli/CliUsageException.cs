namespace ShopBot.Bot.Cli;

/// <summary>The arguments of a verb are wrong; the message says how to call it.</summary>
internal sealed class CliUsageException(string message) : Exception(message);

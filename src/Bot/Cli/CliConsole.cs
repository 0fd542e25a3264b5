namespace ShopBot.Bot.Cli;

/// <summary>Where a verb writes: results to <see cref="Out"/>, errors to <see cref="Error"/>.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    public static CliConsole Standard => new(Console.Out, Console.Error);
}

namespace ShopBot.Bot.Cli;

/// <summary>The common shape <c>FILE [--out PATH]</c> of the verbs that read a file of lines.</summary>
internal sealed record FileAndOutArguments(string File, string? Out)
{
    public static FileAndOutArguments Parse(IReadOnlyList<string> arguments)
    {
        string? file = null;
        string? output = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--out")
            {
                output = i + 1 < arguments.Count ? arguments[++i] : throw new CliUsageException("--out needs a file name.");
            }
            else if (arguments[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new CliUsageException($"unknown option '{arguments[i]}'.");
            }
            else
            {
                file = file is null ? arguments[i] : throw new CliUsageException("give one input file.");
            }
        }

        return new FileAndOutArguments(file ?? throw new CliUsageException("the input file is missing."), output);
    }
}

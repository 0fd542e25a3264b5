namespace ShopBot.Bot.Cli;

/// <summary>A command-line verb of the host (<c>dotnet run --project src/Bot -- VERB ...</c>). Names are a stable contract.</summary>
internal interface ICliVerb
{
    string Name { get; }

    string Usage { get; }

    /// <summary>Runs the verb; returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CliConsole console, CancellationToken cancellationToken);
}

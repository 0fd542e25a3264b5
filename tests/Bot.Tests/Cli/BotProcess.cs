using System.Diagnostics;
using System.Text;

namespace ShopBot.Bot.Tests.Cli;

/// <summary>Runs the built host as a separate process, exactly as <c>dotnet run --project src/Bot -- VERB</c> would.</summary>
public static class BotProcess
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunAsync(workingDirectory, environment, standardInput: string.Empty, arguments);

    public static async Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, string standardInput, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ShopBot.Bot.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Write(standardInput);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}

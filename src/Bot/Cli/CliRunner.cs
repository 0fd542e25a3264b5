using System.Text;
using ShopBot.Knowledge.Evaluation;

namespace ShopBot.Bot.Cli;

/// <summary>Runs one verb and maps failures to a clear message and a non-zero exit code.</summary>
internal static class CliRunner
{
    public const int UsageError = 2;
    public const int InputError = 3;
    public const int KnowledgeBaseError = 4;

    public static async Task<int> RunAsync(ICliVerb verb, IReadOnlyList<string> args, IServiceProvider services, CliConsole? console = null)
    {
        console ??= CliConsole.Standard;
        Console.OutputEncoding = Encoding.UTF8;
        try
        {
            return await verb.RunAsync(args.Skip(1).ToList(), services, console, CancellationToken.None).ConfigureAwait(false);
        }
        catch (CliUsageException exception)
        {
            await console.Error.WriteLineAsync($"error: {exception.Message}\nusage: {verb.Usage}").ConfigureAwait(false);
            return UsageError;
        }
        catch (InputFileException exception)
        {
            await console.Error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return InputError;
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException or DirectoryNotFoundException or FileNotFoundException)
        {
            await console.Error.WriteLineAsync($"error: the knowledge base cannot be used: {exception.Message}").ConfigureAwait(false);
            return KnowledgeBaseError;
        }
    }
}

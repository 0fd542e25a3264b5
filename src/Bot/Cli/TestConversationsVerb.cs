using System.Globalization;
using ShopBot.Bot.Conversations;
using ShopBot.Bot.Hosting;

namespace ShopBot.Bot.Cli;

/// <summary>
/// <c>test-conversations [FILES or FOLDERS...]</c>: plays trainers' conversation tests (default: every <c>*.yaml</c> in
/// <c>tests/conversations</c>) through the bot and prints, per conversation, 通过 or 未通过 with what did not hold and the
/// transcript, then the totals. Exit code 0 when every conversation passed, 1 otherwise.
/// </summary>
internal sealed class TestConversationsVerb : ICliVerb
{
    public const string DefaultFolder = "tests/conversations";

    public string Name => "test-conversations";

    public string Usage => "test-conversations [FILES or FOLDERS...]   (YAML conversation tests; default tests/conversations)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        if (arguments.Any(a => a.StartsWith("--", StringComparison.Ordinal)))
        {
            throw new CliUsageException($"unknown option '{arguments.First(a => a.StartsWith("--", StringComparison.Ordinal))}'.");
        }

        var paths = arguments.Count > 0 ? arguments : [Path.Combine(RootSettingsExtensions.FindRoot() ?? ".", DefaultFolder)];
        var scripts = ConversationFile.Expand(paths).SelectMany(ConversationFile.Read).ToList();
        var failed = 0;
        foreach (var script in scripts)
        {
            var result = await ConversationSuite.PlayAsync(services, script, cancellationToken).ConfigureAwait(false);
            if (result.Passed)
            {
                await console.Out.WriteLineAsync($"通过    {script.Name}").ConfigureAwait(false);
                continue;
            }

            failed++;
            await WriteFailureAsync(console.Out, result).ConfigureAwait(false);
        }

        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"共 {scripts.Count} 段对话：{scripts.Count - failed} 通过，{failed} 未通过")).ConfigureAwait(false);
        return failed == 0 ? 0 : 1;
    }

    private static async Task WriteFailureAsync(TextWriter output, ConversationResult result)
    {
        await output.WriteLineAsync($"未通过  {result.Script.Name}（{result.Script.Source}，买家 {result.Script.Buyer}）").ConfigureAwait(false);
        foreach (var failure in result.Failures)
        {
            await output.WriteLineAsync($"        × {failure}").ConfigureAwait(false);
        }

        foreach (var turn in result.Turns)
        {
            await output.WriteLineAsync($"        买家> {turn.Said}").ConfigureAwait(false);
            foreach (var reply in turn.Replies)
            {
                await output.WriteLineAsync($"        客服> {reply}").ConfigureAwait(false);
            }
        }
    }
}

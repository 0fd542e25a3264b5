using System.Globalization;
using ShopBot.Knowledge.Evaluation;
using ShopBot.Knowledge.Screening;

namespace ShopBot.Bot.Cli;

/// <summary>
/// <c>screen FILE [--out VERDICTS.jsonl]</c>: screens one reply per line and prints a summary by kind of violation;
/// with <c>--out</c>, one verdict per non-blank input line, in input order. The whole file is checked before anything is written.
/// </summary>
internal sealed class ScreenVerb : ICliVerb
{
    public string Name => "screen";

    public string Usage => "screen FILE [--out VERDICTS.jsonl]   (FILE: one reply per line, UTF-8)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var parsed = FileAndOutArguments.Parse(arguments);
        var lines = LineFileReader.Read(parsed.File);
        var screen = ResolveScreen(services);
        var verdicts = lines.Select(line => screen.Screen(line.Text)).ToList();

        if (parsed.Out is not null)
        {
            var records = verdicts.Select(v => new ScreenRecord(
                v.Text,
                v.Allowed,
                v.Violations.Select(x => new ScreenViolationRecord(KindName(x.Kind), x.Match, x.Index)).ToList(),
                v.Rewrite));
            await JsonLinesFile.WriteAsync(parsed.Out, records, CliJsonContext.Readable.ScreenRecord, cancellationToken).ConfigureAwait(false);
        }

        await WriteSummaryAsync(verdicts, console.Out).ConfigureAwait(false);
        return 0;
    }

    private static IReplyScreen ResolveScreen(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<IReplyScreen>();
        }
        catch (ScreeningLexiconException exception)
        {
            throw new InputFileException($"the screening lexicon cannot be used: {exception.Message}");
        }
    }

    private static string KindName(ViolationKind kind) => kind.ToString().ToLowerInvariant();

    private static async Task WriteSummaryAsync(IReadOnlyList<ScreenVerdict> verdicts, TextWriter output)
    {
        var blocked = verdicts.Count(v => !v.Allowed);
        var rewritten = verdicts.Count(v => !v.Allowed && v.Rewrite is not null);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{verdicts.Count} replies: {verdicts.Count - blocked} allowed, {blocked} blocked ({rewritten} with a compliant rewrite, {blocked - rewritten} to escalate)")).ConfigureAwait(false);
        foreach (var kind in Enum.GetValues<ViolationKind>())
        {
            var replies = verdicts.Count(v => v.Violations.Any(x => x.Kind == kind));
            var count = verdicts.Sum(v => v.Violations.Count(x => x.Kind == kind));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {KindName(kind),-12} {count,5} violations in {replies,5} replies")).ConfigureAwait(false);
        }
    }
}

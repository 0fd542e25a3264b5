using ShopBot.Knowledge.Evaluation;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.Cli;

/// <summary><c>eval FILE [--out PREDICTIONS.jsonl]</c>: scores the bot on lines of <c>label&lt;TAB&gt;text</c>.</summary>
internal sealed class EvalVerb : ICliVerb
{
    public string Name => "eval";

    public string Usage => "eval FILE [--out PREDICTIONS.jsonl]   (FILE: lines of label<TAB>text)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var parsed = FileAndOutArguments.Parse(arguments);
        var lines = LineFileReader.ReadLabeled(parsed.File);
        var understander = services.GetRequiredService<IntentUnderstander>();
        var model = services.GetRequiredService<IntentModelHost>().Current;
        var evaluated = lines.Select(line => CrossValidator.Evaluate(understander, line.Label, line.Text)).ToList();

        if (parsed.Out is not null)
        {
            var records = evaluated.Select(e => new PredictionRecord(e.Text, e.Label, e.Intent, Math.Round(e.Confidence, 4), e.Escalate, e.Decision.ToString().ToLowerInvariant()));
            await JsonLinesFile.WriteAsync(parsed.Out, records, CliJsonContext.Readable.PredictionRecord, cancellationToken).ConfigureAwait(false);
        }

        EvaluationReportWriter.Write(new EvaluationReport(evaluated, model.Intents.ToHashSet(StringComparer.Ordinal)), console.Out);
        return 0;
    }
}

using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Evaluation;

/// <summary>Figures over evaluated lines: per-intent precision, recall and F1, macro-F1, accuracy, confusion and escalation.</summary>
public sealed class EvaluationReport
{
    public EvaluationReport(IReadOnlyList<EvaluatedLine> lines, IReadOnlyCollection<string> botIntents)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(botIntents);
        Lines = lines;
        Labels = lines.Select(l => l.Label).Concat(lines.Select(l => l.Intent)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        PerIntent = Labels.Select(label => new IntentMetrics(
            label,
            lines.Count(l => l.Label == label),
            lines.Count(l => l.Intent == label),
            lines.Count(l => l.Label == label && l.Intent == label))).ToList();
        var inScope = lines.Where(l => botIntents.Contains(l.Label) && l.Label != IntentIds.Other).ToList();
        InScopeCount = inScope.Count;
        InScopeAnsweredWrong = inScope.Count(l => l.Decision == TurnDecision.Answer && !l.Correct);
        InScopeNotEscalatedWrong = inScope.Count(l => !l.Escalate && !l.Correct);
    }

    public IReadOnlyList<EvaluatedLine> Lines { get; }

    /// <summary>Every label seen as truth or as prediction, in ordinal order: the axes of the confusion matrix.</summary>
    public IReadOnlyList<string> Labels { get; }

    public IReadOnlyList<IntentMetrics> PerIntent { get; }

    /// <summary>Mean F1 over the labels that occur as truth.</summary>
    public double MacroF1 => PerIntent.Where(m => m.Support > 0).Select(m => m.F1).DefaultIfEmpty(0).Average();

    public double Accuracy => Lines.Count == 0 ? 0 : (double)Lines.Count(l => l.Correct) / Lines.Count;

    public double EscalatedShare => Lines.Count == 0 ? 0 : (double)Lines.Count(l => l.Escalate) / Lines.Count;

    public int InScopeCount { get; }

    /// <summary>In-scope lines the bot answered outright with the wrong intent.</summary>
    public int InScopeAnsweredWrong { get; }

    /// <summary>In-scope lines with the wrong intent that were not escalated (answered or clarified).</summary>
    public int InScopeNotEscalatedWrong { get; }

    public IntentMetrics For(string intent) => PerIntent.Single(m => m.Intent == intent);

    /// <summary>Counts of truth (row) against the intent acted on (column).</summary>
    public int[,] ConfusionMatrix()
    {
        var index = Labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        var matrix = new int[Labels.Count, Labels.Count];
        foreach (var line in Lines)
        {
            matrix[index[line.Label], index[line.Intent]]++;
        }

        return matrix;
    }
}

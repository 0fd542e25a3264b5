using System.Globalization;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Evaluation;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Promotion;

/// <summary>
/// Decides whether a newly trained model may replace the one in use: both answer every held-out line through the
/// same decision as live turns, and the new one passes when no contract intent (<see cref="IntentIds.Core"/>) loses
/// more F1 than <see cref="IntentModelOptions.MaxF1Drop"/> and no more in-scope lines are answered wrongly.
/// </summary>
public sealed class ModelGate(TextNormalizer normalizer, HandoffRequestDetector handoffDetector, IntentDecider decider, IOptions<IntentModelOptions> options)
{
    // F1 is a ratio of small counts: a difference below this is rounding, not a drop.
    private const double Tolerance = 1e-9;

    public ModelComparison Compare(TrainedIntentModel current, TrainedIntentModel candidate, HeldOutSet heldOut)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(heldOut);
        var known = current.Intents.Union(candidate.Intents, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var before = Evaluate(current, heldOut, known);
        var after = Evaluate(candidate, heldOut, known);
        var margin = options.Value.MaxF1Drop;

        var intents = before.PerIntent.Where(m => m.Support > 0)
            .Select(m =>
            {
                var contract = IntentIds.Core.Contains(m.Intent);
                var candidateF1 = after.PerIntent.FirstOrDefault(a => a.Intent == m.Intent)?.F1 ?? 0;
                return new IntentComparison(m.Intent, IntentNames.Of(m.Intent), contract, m.Support, Math.Round(m.F1, 4), Math.Round(candidateF1, 4),
                    contract && m.F1 - candidateF1 > margin + Tolerance);
            })
            .OrderByDescending(c => c.Contract).ThenBy(c => c.Intent, StringComparer.Ordinal)
            .ToList();

        var reasons = new List<string>();
        if (heldOut.Lines.Count == 0)
        {
            reasons.Add("没有留出评估句子（knowledge-base/evaluation/*.tsv），无法比较新旧模型。");
        }

        reasons.AddRange(intents.Where(c => c.Worse).Select(c => string.Format(CultureInfo.InvariantCulture,
            "{0}（{1}）的 F1 从 {2:0.000} 降到 {3:0.000}，降幅 {4:0.000}，超过允许的 {5:0.000}。", c.Name, c.Intent, c.CurrentF1, c.CandidateF1, c.CurrentF1 - c.CandidateF1, margin)));
        if (after.InScopeAnsweredWrong > before.InScopeAnsweredWrong)
        {
            reasons.Add(string.Format(CultureInfo.InvariantCulture,
                "在范围内却答错意图的句子从 {0} 句增加到 {1} 句（共 {2} 句）。", before.InScopeAnsweredWrong, after.InScopeAnsweredWrong, before.InScopeCount));
        }

        return new ModelComparison(
            heldOut.Files,
            heldOut.Lines.Count,
            heldOut.LeftOut,
            margin,
            before.InScopeCount,
            before.InScopeAnsweredWrong,
            after.InScopeAnsweredWrong,
            Math.Round(before.Accuracy, 4),
            Math.Round(after.Accuracy, 4),
            intents,
            reasons.Count == 0,
            reasons);
    }

    private EvaluationReport Evaluate(TrainedIntentModel model, HeldOutSet heldOut, IReadOnlyCollection<string> known)
    {
        var understander = new IntentUnderstander(normalizer, handoffDetector, model, decider);
        return new EvaluationReport([.. heldOut.Lines.Select(line => CrossValidator.Evaluate(understander, line.Label, line.Text))], known);
    }
}

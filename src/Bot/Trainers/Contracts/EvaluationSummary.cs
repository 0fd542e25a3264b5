using ShopBot.Knowledge.Promotion;

namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>
/// The latest cross-validation after a retrain: per-intent figures, macro-F1, accuracy, the share escalated, and
/// the confusion matrix (rows: the label, columns: the intent acted on, both in <see cref="Labels"/> order); with the
/// promotion gate's comparison on the held-out files and the stamp of the model it promoted.
/// </summary>
public sealed record EvaluationSummary(
    DateTimeOffset CreatedAt,
    string TrainedBy,
    int Folds,
    int Examples,
    double Seconds,
    double MacroF1,
    double Accuracy,
    double EscalatedShare,
    int InScopeCount,
    int InScopeAnsweredWrong,
    int InScopeNotEscalatedWrong,
    IReadOnlyList<IntentFigures> PerIntent,
    IReadOnlyList<string> Labels,
    IReadOnlyList<IReadOnlyList<int>> Matrix,
    ModelComparison? Comparison = null,
    IntentModelStamp? Model = null);

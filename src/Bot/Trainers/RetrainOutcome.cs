using ShopBot.Bot.Trainers.Contracts;
using ShopBot.Knowledge.Evaluation;
using ShopBot.Knowledge.Promotion;

namespace ShopBot.Bot.Trainers;

/// <summary>
/// What a retrain did: the gate's comparison always; when the new model was promoted, its cross-validated figures.
/// </summary>
public sealed record RetrainOutcome(ModelComparison Comparison, EvaluationSummary? Summary, EvaluationReport? CrossValidation)
{
    public bool Promoted => Summary is not null;
}

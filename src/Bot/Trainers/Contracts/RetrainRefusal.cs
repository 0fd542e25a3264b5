using ShopBot.Knowledge.Promotion;

namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>The 422 of a retrain the gate refused: the error and the side-by-side comparison that refused it.</summary>
public sealed record RetrainRefusal(TrainerError Error, ModelComparison Comparison);

namespace ShopBot.Knowledge.Promotion;

/// <summary>
/// What the host did at start-up when the saved model was older than the example files (or missing): trained the
/// first model (nothing to compare), promoted the new one through the gate, or kept serving the saved one because the
/// gate refused the new one (<see cref="Comparison"/> says why).
/// </summary>
public sealed record StartUpRetrain(StartUpRetrainOutcome Outcome, DateTimeOffset At, int Examples, ModelComparison? Comparison);

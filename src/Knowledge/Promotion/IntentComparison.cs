namespace ShopBot.Knowledge.Promotion;

/// <summary>One intent's F1 on the held-out lines under the model in use and the new model.</summary>
public sealed record IntentComparison(string Intent, string Name, bool Contract, int Support, double CurrentF1, double CandidateF1, bool Worse)
{
    public double Change => Math.Round(CandidateF1 - CurrentF1, 4);
}

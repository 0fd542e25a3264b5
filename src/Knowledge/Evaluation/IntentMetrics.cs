namespace ShopBot.Knowledge.Evaluation;

/// <summary>Precision, recall and F1 of one intent.</summary>
public sealed record IntentMetrics(string Intent, int Support, int Predicted, int TruePositives)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

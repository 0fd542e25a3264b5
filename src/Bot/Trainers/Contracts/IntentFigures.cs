namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>Precision, recall and F1 of one intent in a cross-validation, with its support and predictions.</summary>
public sealed record IntentFigures(string Intent, int Support, int Predicted, double Precision, double Recall, double F1);

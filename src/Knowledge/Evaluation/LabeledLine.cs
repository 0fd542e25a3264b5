namespace ShopBot.Knowledge.Evaluation;

/// <summary>One line of an evaluation file: the expected label and the buyer's text.</summary>
public sealed record LabeledLine(int LineNumber, string Label, string Text);

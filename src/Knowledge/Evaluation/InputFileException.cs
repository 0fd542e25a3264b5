namespace ShopBot.Knowledge.Evaluation;

/// <summary>An input file the CLI cannot use; the message names the file and, where it helps, the line.</summary>
public sealed class InputFileException(string message) : Exception(message);

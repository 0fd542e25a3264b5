namespace ShopBot.Knowledge.Screening;

/// <summary>A screening lexicon file that cannot be used; the message names the file and line.</summary>
public sealed class ScreeningLexiconException(string message) : Exception(message);

namespace ShopBot.Knowledge.Cases;

/// <summary>A draft a store refuses: a required field is missing or malformed. The message names the field.</summary>
public sealed class CaseDraftException(string message) : Exception(message);

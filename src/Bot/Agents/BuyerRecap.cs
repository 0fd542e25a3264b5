namespace ShopBot.Bot.Agents;

/// <summary>
/// This conversation in one paragraph (<see cref="Text"/>), built from the bot's turn notes and the cases it opened:
/// what the buyer wants (intent ids and their Chinese names), which order, and what the bot already did.
/// </summary>
public sealed record BuyerRecap(
    string Text,
    IReadOnlyList<string> Intents,
    IReadOnlyList<string> IntentNames,
    string? OrderNumber,
    string? OrderTitle,
    IReadOnlyList<string> Actions);

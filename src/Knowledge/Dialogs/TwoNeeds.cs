using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Two requests in one message, each with its own part of the text and its own understanding, in the order said.</summary>
public sealed record TwoNeeds(Understanding First, Understanding Second);

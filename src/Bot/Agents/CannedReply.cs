namespace ShopBot.Bot.Agents;

/// <summary>A ready reply from the templates, rendered for the conversation.</summary>
public sealed record CannedReply(string Id, string Label, string Text);

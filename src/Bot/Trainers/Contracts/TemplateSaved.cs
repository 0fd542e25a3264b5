namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>A template file written and now served, with how many situations it holds.</summary>
public sealed record TemplateSaved(string File, int Templates);

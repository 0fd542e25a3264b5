namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>Every template file in use.</summary>
public sealed record TemplateList(IReadOnlyList<TemplateFileView> Files);

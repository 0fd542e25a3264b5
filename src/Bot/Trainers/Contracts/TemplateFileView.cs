namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>A template file and the situations it defines.</summary>
public sealed record TemplateFileView(string File, string Area, IReadOnlyList<SituationView> Situations);

namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>One situation of a template file: its id (<c>area.situation</c>), the slots it uses and its variants.</summary>
public sealed record SituationView(string Id, string Situation, IReadOnlyList<string> Slots, IReadOnlyList<string> Variants);

namespace ShopBot.Bot.Agents;

public sealed record ColleagueList(IReadOnlyList<ColleagueItem> Colleagues);

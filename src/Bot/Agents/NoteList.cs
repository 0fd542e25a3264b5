namespace ShopBot.Bot.Agents;

public sealed record NoteList(IReadOnlyList<NoteItem> Notes);

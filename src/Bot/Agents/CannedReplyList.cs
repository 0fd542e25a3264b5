namespace ShopBot.Bot.Agents;

public sealed record CannedReplyList(IReadOnlyList<CannedReply> Replies);

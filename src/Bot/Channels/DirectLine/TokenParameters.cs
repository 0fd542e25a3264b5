using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>The body of <c>POST /tokens/generate</c> and <c>POST /conversations</c>: the user the token is for.</summary>
public sealed record TokenParameters(ChannelAccount? User);

namespace ShopBot.Bot.Agents.Settlement;

/// <summary>The answer to a settle call: the settled case, or the error to send instead.</summary>
public sealed record SettleOutcome(SettlementView? View, IResult? Error);

using ShopBot.Bot.AfterSales;
using ShopBot.Handoff.Triggers;

namespace ShopBot.Bot.Records;

/// <summary>
/// Set in the turn state by the bot once a turn was planned and carried out: the plan, the handoff finally decided
/// (the reply screen may add one), and the flow the conversation is in. The recording step reads it after the turn.
/// </summary>
public sealed record BotTurn(string BuyerId, TurnPlan Plan, HandoffDecision? Handoff, string? Flow);

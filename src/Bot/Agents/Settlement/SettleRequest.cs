namespace ShopBot.Bot.Agents.Settlement;

/// <summary>The body of <c>POST /api/agent/cases/{caseId}/resolve</c>: amounts in yuan, left out meaning 0.</summary>
public sealed record SettleRequest(string? Outcome, decimal? Refund, decimal? Compensation, decimal? Postage, string? TrackingNumber, string? Note);

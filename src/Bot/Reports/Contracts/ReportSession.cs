namespace ShopBot.Bot.Reports.Contracts;

/// <summary><c>GET /api/reports/session</c>: who signed in, and today's Shanghai date for the page's default range.</summary>
public sealed record ReportSession(string Name, string Today);

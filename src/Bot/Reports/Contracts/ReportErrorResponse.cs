namespace ShopBot.Bot.Reports.Contracts;

/// <summary>The error body of the reports API, shaped as the other consoles' errors: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ReportErrorResponse(ReportError Error);

/// <summary>A machine-readable code and a message, in Chinese, that says what to change.</summary>
public sealed record ReportError(string Code, string Message);

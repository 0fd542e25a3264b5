namespace ShopBot.Bot.AfterSales;

/// <summary>
/// A reply of a planned turn: the template it came from, its rendered text, the screen's verdict (<c>allowed</c>,
/// <c>rewritten</c> or <c>blocked</c>) and the text the buyer sees.
/// </summary>
public sealed record PlannedReply(string TemplateId, string Text, string Screen, string Sent);

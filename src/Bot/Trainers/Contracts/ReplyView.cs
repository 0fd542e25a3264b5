namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>
/// A reply of the dry run: the template it came from, its rendered text, the screen's verdict (<c>allowed</c>,
/// <c>rewritten</c> or <c>blocked</c>) and the text the buyer would actually see.
/// </summary>
public sealed record ReplyView(string TemplateId, string Text, string Screen, string Sent);

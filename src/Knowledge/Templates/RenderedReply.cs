namespace ShopBot.Knowledge.Templates;

/// <summary>A rendered reply: the template and variant it came from (for the log), and the text.</summary>
public sealed record RenderedReply(string TemplateId, int Variant, string Text);

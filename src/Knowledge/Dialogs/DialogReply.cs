namespace ShopBot.Knowledge.Dialogs;

/// <summary>A reply and the template it came from (for logs and the trainer console).</summary>
public sealed record DialogReply(string TemplateId, string Text);

namespace ShopBot.Knowledge.Dialogs;

/// <summary>A reply, the template it came from (for logs and the trainer console) and the order it was about, if any.</summary>
public sealed record DialogReply(string TemplateId, string Text, string? OrderNumber = null);

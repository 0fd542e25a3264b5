namespace ShopBot.Knowledge.Screening;

/// <summary>A reply template the screen refuses, when loaded or saved; the message gives each violation.</summary>
public sealed class TemplateRejectedException(string templateId, ScreenVerdict verdict)
    : Exception($"template '{templateId}' is refused: {ReplyGate.Describe(verdict)}")
{
    public string TemplateId { get; } = templateId;

    public ScreenVerdict Verdict { get; } = verdict;
}

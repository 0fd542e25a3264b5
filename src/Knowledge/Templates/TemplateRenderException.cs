namespace ShopBot.Knowledge.Templates;

/// <summary>A reply that cannot be rendered: an unknown template or a slot without a value. Nothing is sent.</summary>
public sealed class TemplateRenderException(string templateId, string? slot, string message) : Exception(message)
{
    public string TemplateId { get; } = templateId;

    /// <summary>The slot that had no value, when that was the cause.</summary>
    public string? Slot { get; } = slot;
}

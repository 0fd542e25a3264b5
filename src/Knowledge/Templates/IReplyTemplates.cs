namespace ShopBot.Knowledge.Templates;

/// <summary>The trainer-curated replies, for the dialog flows.</summary>
public interface IReplyTemplates
{
    bool Contains(string templateId);

    /// <summary>
    /// Renders <paramref name="templateId"/> (<c>area.situation</c>) with the slot values; <paramref name="seed"/>
    /// (the conversation id) picks the variant. Throws <see cref="TemplateRenderException"/> for an unknown template
    /// or a missing slot.
    /// </summary>
    RenderedReply Render(string templateId, IReadOnlyDictionary<string, string?> slots, string seed);

    /// <summary>Every variant rendered, the one <see cref="Render"/> picks for the seed first, then the others in turn.</summary>
    IReadOnlyList<RenderedReply> RenderEach(string templateId, IReadOnlyDictionary<string, string?> slots, string seed);
}

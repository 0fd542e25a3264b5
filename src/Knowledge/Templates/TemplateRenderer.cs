namespace ShopBot.Knowledge.Templates;

/// <summary>
/// Picks a variant and fills its slots. The variant depends only on the seed (the conversation id, say) and the
/// template, so one conversation reads consistently and tests are stable. A slot without a value is an error,
/// never a raw <c>{slot}</c> or an empty gap in a reply.
/// </summary>
public static class TemplateRenderer
{
    public static RenderedReply Render(ReplyTemplate template, IReadOnlyDictionary<string, string?> slots, string seed) =>
        RenderEach(template, slots, seed).First();

    /// <summary>
    /// Every variant, starting with the one <see cref="Render"/> picks for the seed and going round, so a caller that
    /// must not repeat itself takes the first one the buyer has not read yet.
    /// </summary>
    public static IEnumerable<RenderedReply> RenderEach(ReplyTemplate template, IReadOnlyDictionary<string, string?> slots, string seed)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(seed);
        CheckSlots(template, slots);
        var first = (int)(Fnv1a($"{seed}\n{template.Id}") % (uint)template.Variants.Count);
        return Enumerable.Range(0, template.Variants.Count)
            .Select(offset => (first + offset) % template.Variants.Count)
            .Select(variant => new RenderedReply(template.Id, variant, TemplateText.Fill(template.Variants[variant], name => slots[name]!.Trim())));
    }

    private static void CheckSlots(ReplyTemplate template, IReadOnlyDictionary<string, string?> slots)
    {
        foreach (var slot in template.Slots.Order(StringComparer.Ordinal))
        {
            if (!slots.TryGetValue(slot, out var value) || string.IsNullOrWhiteSpace(value))
            {
                throw new TemplateRenderException(template.Id, slot, $"Template '{template.Id}' needs a value for slot '{slot}'.");
            }
        }
    }

    /// <summary>FNV-1a: stable across processes and runs, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}

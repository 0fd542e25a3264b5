using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Whether the buyer asks the shop to hurry ("催一下", "快点发", "急用"), as against only asking when or whether the order
/// ships ("什么时候发货", "发了吗"): only the first is recorded as a hurry note.
/// </summary>
public static partial class HurryAsk
{
    /// <summary>Kept in the flow's values once the buyer asked to hurry, so a later answer to "which order" still records it.</summary>
    public const string Key = "hurry_asked";

    public static bool IsAsked(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return Hurry().IsMatch(CompactText.Of(normalizedText));
    }

    // Impatience ("一直没发", "再不发就退款", "再这样给差评") asks to hurry as much as "催一下" does; pinyin as typed. "孩子长得快"
    // tells why a size is wanted, no hurry.
    [GeneratedRegex("催|快点|快些|快一点|快一些|尽快|赶紧|赶快|抓紧|马上发|早点发|早些发|快发|加急|优先|急|等着(用|穿|要)|等不及|能不能快|可以快|还不发|怎么还没发|怎么还不发|怎么不发|咋还不发|咋还没发|为什么还没发|为啥还没发|一直(没|不)发|都没发|再不发|不发(货)?(的话)?(我)?就|差评|投诉|发货(啊|吧)|(?<!长得|长的|长太|得太|长那么|长这么)快[!！]*$|^发(货)?吧|kuaidian|kuaiyidian|ganjin|jinkuai|jiaji|cuiyixia|cuicui")]
    private static partial Regex Hurry();
}

using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// Whether a piece of text can stand as an invoice title: a person's name or an organisation's name, never a sentence
/// such as "刚说了呀" or "我第一句就发了 你往上翻". Flows call it before storing a raw answer as a title.
/// </summary>
public static partial class InvoiceTitleCheck
{
    public static bool IsPlausibleTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var trimmed = title.Trim();
        return PersonNames.IsPlausible(trimmed) || IsPlausibleOrganisation(trimmed);
    }

    /// <summary>4 to 50 characters ending like an organisation (…有限公司, …工作室, …店), with a name before the ending.</summary>
    public static bool IsPlausibleOrganisation(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is < 4 or > 50 || NotTitle().IsMatch(name))
        {
            return false;
        }

        var ending = OrganisationEnding().Match(name);
        return ending.Success && ending.Index >= 2 && !NotOrganisationStem().IsMatch(name.AsSpan(0, ending.Index))
            && name[..ending.Index].Count(c => PersonNames.IsHan(c) || char.IsAsciiLetterOrDigit(c)) >= 2;
    }

    /// <summary>Words of a sentence, not of a name: 我人不在公司, 单独寄到公司, 天猫还有这种店, 物流一直停在转运中心.</summary>
    [GeneratedRegex("[的了吗呢吧啊么这那哪我你他她们还要想给把被让寄送停打叫说问改在不没是]|一直|第一次|好意思|这种|怎么")]
    private static partial Regex NotOrganisationStem();

    [GeneratedRegex("(有限责任公司|股份有限公司|有限公司|分公司|公司|工作室|研究所|研究院|事务所|中心|集团|商行|网店|店|厂|医院|学校|大学|协会|银行|委员会|局)$")]
    internal static partial Regex OrganisationEnding();

    [GeneratedRegex("[吗呢呀吧啊嘛?？!！]|怎么|为什么|什么|你们|我们|刚|说了|往上|翻|已经|发了|没有|不是|不要|投诉|垃圾|破店|黑店|这样|那个|这个|一个|开票|发票|抬头|税号|帮我|给我|麻烦|应该|改成|开成|要开|开个|写成|换成")]
    private static partial Regex NotTitle();
}

using System.Text;
using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Templates;

/// <summary>The <c>{slot}</c> syntax of template text: finding slots and filling them in one pass.</summary>
public static partial class TemplateText
{
    /// <summary>The slot names in the text, and any brace that is not part of a well-formed slot.</summary>
    public static (IReadOnlySet<string> Slots, IReadOnlyList<string> Problems) Inspect(string text)
    {
        var slots = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (Match match in Placeholder().Matches(text))
        {
            var name = match.Groups[1].Value;
            if (!SlotName().IsMatch(name))
            {
                problems.Add($"“{{{name}}}”不是合法的占位符名（小写字母、数字、下划线）。");
            }
            else if (!TemplateSlots.Known.Contains(name))
            {
                problems.Add($"“{{{name}}}”不是已知的占位符（可用：{string.Join(", ", TemplateSlots.Known.Order(StringComparer.Ordinal))}）。");
            }
            else
            {
                slots.Add(name);
            }
        }

        var rest = Placeholder().Replace(text, string.Empty);
        if (rest.Contains('{', StringComparison.Ordinal) || rest.Contains('}', StringComparison.Ordinal))
        {
            problems.Add("有落单的“{”或“}”，不属于任何 {占位符}。");
        }

        return (slots, problems);
    }

    /// <summary>The text with every slot removed: what the reply screen checks at load, as slot values vary.</summary>
    public static string WithoutSlots(string text) => Placeholder().Replace(text, " ");

    /// <summary>Fills the slots. Values are inserted as they are, never read as slots themselves.</summary>
    public static string Fill(string text, Func<string, string> valueOf)
    {
        var result = new StringBuilder(text.Length + 32);
        var last = 0;
        foreach (Match match in Placeholder().Matches(text))
        {
            result.Append(text, last, match.Index - last).Append(valueOf(match.Groups[1].Value));
            last = match.Index + match.Length;
        }

        return result.Append(text, last, text.Length - last).ToString();
    }

    [GeneratedRegex(@"\{([^{}\s]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlotName();
}

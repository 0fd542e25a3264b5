using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Screening;

public sealed partial class ScreenEngine
{
    /// <summary>
    /// Phone-shaped numbers in the folded text (numerals already digits, so 一三八 and ①③⑧ count): a Chinese mobile
    /// 1[3-9] and nine more digits, a landline with its area code and a separator, a 400 hotline. Separators between
    /// digits are allowed (138 1234-5678); a number glued to letters or longer digits (SF13812345678901, an order number) is not a phone.
    /// </summary>
    private static void FindPhoneNumbers(ScreeningText view, List<Finding> findings)
    {
        foreach (var regex in (Regex[])[Mobile(), Landline(), Hotline()])
        {
            foreach (Match match in regex.Matches(view.Folded))
            {
                var (start, end) = view.OriginalSpanOfFolded(match.Index, match.Index + match.Length);
                findings.Add(new Finding(ViolationKind.Contact, start, end, start, end, null));
            }
        }
    }

    /// <summary>
    /// An e-mail address is no private channel: the one a reply holds is the buyer's own, repeated back so that they
    /// can check it (an invoice goes to lily@qq.com). Contact words and phone-shaped digits inside it are not findings;
    /// the same words outside it still are ("加我qq").
    /// </summary>
    private static void ForgiveEmailAddresses(ScreeningText view, List<Finding> findings)
    {
        var addresses = EmailAddress().Matches(view.Original).Select(m => (Start: m.Index, End: m.Index + m.Length)).ToList();
        if (addresses.Count > 0)
        {
            findings.RemoveAll(f => f.Kind == ViolationKind.Contact && addresses.Exists(a => a.Start <= f.Start && f.End <= a.End));
        }
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"(?<![0-9a-z])1[3-9](?:[ \t\-_.·—–]{0,2}[0-9]){9}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<![0-9a-z])0[1-9][0-9]{1,2}[ \-—–]{1,2}[0-9]{7,8}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Landline();

    [GeneratedRegex(@"(?<![0-9a-z])[48]00[ \-—–]?[0-9]{3}[ \-—–]?[0-9]{4}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Hotline();
}

using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The parcel a buyer sent back, as they write it: "中通78312345678901", "单号是YT7510000000001", "顺丰 SF1234567890".
/// The courier comes from its name or the number's letters (SF, YT, JT, JD); a bare number names none. A phone number,
/// one of the buyer's order numbers or a number of another length is no tracking number.
/// </summary>
public static partial class ReturnParcel
{
    public static (string? Carrier, string Number)? Read(string compactText, IReadOnlyCollection<string> orderNumbers)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        ArgumentNullException.ThrowIfNull(orderNumbers);
        foreach (Match match in Number().Matches(compactText))
        {
            var number = match.Value.ToUpperInvariant();
            var letters = match.Groups["p"].Value.ToUpperInvariant();
            if (orderNumbers.Contains(number) || (letters.Length == 0 && Phone().IsMatch(number)))
            {
                continue;
            }

            var named = CarrierWord().Match(compactText);
            var carrier = named.Success ? Carriers[named.Value.ToUpperInvariant()] : letters.Length > 0 && Carriers.TryGetValue(letters, out var byPrefix) ? byPrefix : null;
            return (carrier, number);
        }

        return null;
    }

    private static readonly Dictionary<string, string> Carriers = new(StringComparer.Ordinal)
    {
        ["顺丰"] = "顺丰速运", ["SF"] = "顺丰速运", ["中通"] = "中通快递", ["圆通"] = "圆通速递", ["YT"] = "圆通速递",
        ["韵达"] = "韵达快递", ["申通"] = "申通快递", ["极兔"] = "极兔速递", ["JT"] = "极兔速递", ["京东"] = "京东物流",
        ["JD"] = "京东物流", ["邮政"] = "中国邮政", ["EMS"] = "中国邮政", ["德邦"] = "德邦快递",
    };

    [GeneratedRegex("(?i)(?<![0-9a-z])(?<p>sf|yt|jt|jd)?[0-9]{10,15}(?![0-9])")]
    private static partial Regex Number();

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex Phone();

    [GeneratedRegex("(?i)顺丰|中通|圆通|韵达|申通|极兔|京东|邮政|ems|德邦")]
    private static partial Regex CarrierWord();
}

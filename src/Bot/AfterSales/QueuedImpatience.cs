using System.Text.RegularExpressions;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// "人呢？？？", "五天了！！", "我都问了好几遍了", "回个准话", "别跟我说套话" written while waiting for a person: the buyer
/// is losing patience, so the reply is an apology with the place in the queue, never "your message was kept".
/// </summary>
public static partial class QueuedImpatience
{
    public static bool Heard(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return Impatient().IsMatch(normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [GeneratedRegex("人呢|人嘞|有没有人|还有人吗|装死|不回|没人回|没人理|等(了)?(这么|那么|好|很)?(久|半天)|要等多久|还要等|还得等|等到什么时候|怎么还没(人|回)|" +
        "(问|说|讲)了(好|很)?(几|多|n|N)(遍|次)|再说一遍|说过了|回个准话|给个准话|给句话|踢皮球|推来推去|套话|官话|什么态度|[!！]{2,}|[?？]{3,}")]
    private static partial Regex Impatient();
}

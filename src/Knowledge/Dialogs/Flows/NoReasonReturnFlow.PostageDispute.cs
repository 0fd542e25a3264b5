using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "这算你们的问题吧 运费应该你们出", "凭什么让我出运费" after a return without a reason was explained: the buyer disputes
/// the postage. The policy answers it (a return for taste or a usual colour difference is at the buyer's postage; a
/// colleague who sees photos may judge the goods unlike their description, and then the shop pays), with no supervisor.
/// </summary>
public sealed partial class NoReasonReturnFlow
{
    /// <summary>True when the line says the return postage should be the shop's.</summary>
    public static bool DisputesPostage(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return PostageDisputed().IsMatch(CompactText.Of(normalizedText));
    }

    [GeneratedRegex("(运费|邮费|快递费)(应该|应当|该|得|要|理应)?(是)?(你们|商家|店家|卖家|店里|你)(来)?(出|付|承担|负责|包)|(凭什么|为什么|为啥|怎么)(还)?(要|得)?(我|让我|叫我|要我)(来)?(出|付|承担|掏)(运费|邮费|快递费)?|(运费|邮费|快递费).{0,4}(不该|不应该|不能)(我|由我|让我)")]
    private static partial Regex PostageDisputed();
}

using System.ComponentModel.DataAnnotations;

namespace ShopBot.Handoff.Hosting;

/// <summary>
/// When a turn escalates on its own. The word lists replace the built-in lists when given, so trainers can both add
/// and remove words in appsettings.json.
/// </summary>
public sealed class TriggerOptions
{
    /// <summary>Failed turns in a row after which the buyer is handed to a person.</summary>
    [Range(1, 10)]
    public int FailedTurnsBeforeHandoff { get; set; } = 2;

    /// <summary>Words of a complaint or a threat to report the shop or rate it badly (投诉, 差评, 12315 ...).</summary>
    public string[]? ComplaintWords { get; set; }

    /// <summary>Abusive or angry words.</summary>
    public string[]? AbuseWords { get; set; }
}

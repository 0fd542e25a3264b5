using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "退的话运费是我出吧 行吧" after the no-reason return's postage was told for the order: the buyer has accepted it, so
/// the answer is the yes and the next step, never the whole postage clause (insurance, the deducted outbound postage) again.
/// </summary>
public static partial class PostageAccepted
{
    public const string Template = "policy_topics.return_postage_accepted";

    /// <summary>Longer lines carry a question of their own beside the acceptance.</summary>
    private const int MaxLength = 20;

    // The replies that tell a no-reason return's postage for an order.
    private static readonly string[] PostageTold =
    [
        "no_reason_return.within_window", "no_reason_return.within_window_partial", "policy_topics.return_postage_no_reason",
    ];

    public static bool TryAnswer(FlowContext context, string orderNumber)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Compact.Length > MaxLength || !Accepts().IsMatch(context.Compact)
            || !PostageTold.Any(t => context.Told(t, orderNumber)))
        {
            return false;
        }

        context.Say(Template, new Dictionary<string, string?>(StringComparer.Ordinal) { [Templates.TemplateSlots.OrderNumber] = orderNumber });
        return true;
    }

    // "行吧", "好吧 我出", "那也行", "認了", "ok", "知道了": the buyer takes the postage on.
    [GeneratedRegex("行吧|好吧|那行|也行|成吧|可以吧|没问题|认了|知道了|明白了|懂了|那好|ok|我出就我出|我来出|我自己出")]
    private static partial Regex Accepts();
}

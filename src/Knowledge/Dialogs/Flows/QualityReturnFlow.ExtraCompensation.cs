using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>Compensation asked for on top of a reship or an exchange recorded in this chat.</summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>"不补发了 补偿吧", "改成补偿", "还是补偿吧": a compensation in place of the remedy recorded.</summary>
    [GeneratedRegex("不(?:用|要)?(?:补发|补寄|换|换货|寄)了|改成|改为|换成|还是.{0,4}吧|算了|不如|就.{0,2}补偿|直接")]
    private static partial Regex InsteadWords();

    /// <summary>
    /// "补偿点还是咋说" after a reship or an exchange recorded in this chat: something on top of it, never in its place
    /// (unless the buyer says so: "不补发了 补偿吧"); the remedy stands and a person decides the extra. True when said.
    /// </summary>
    private static async Task<bool> ExtraCompensationAsync(FlowContext context, string orderNumber, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        if (InsteadWords().IsMatch(context.Compact))
        {
            return false;
        }

        var standing = (await OpenCases.HereAsync(context, orderNumber, cancellationToken, CaseKind.Reship, CaseKind.Exchange).ConfigureAwait(false)).LastOrDefault();
        if (standing is null)
        {
            return false;
        }

        context.Say("quality_return.extra_compensation_asked", new Dictionary<string, string?>(slots)
        {
            [Templates.TemplateSlots.OrderNumber] = orderNumber,
            [Templates.TemplateSlots.Change] = standing.Kind.Label(),
        });
        context.NeedPerson(Compensation);
        context.Finish();
        return true;
    }
}

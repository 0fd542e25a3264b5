using System.Globalization;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Bot.Agents.Settlement;

/// <summary>
/// Words a settled case for the buyer with the <c>settlement.*</c> templates: the outcome's sentence, then the postage
/// and any extra compensation. The case id seeds the variant, so a repeat words it alike.
/// </summary>
public sealed class SettlementWording(IReplyTemplates templates)
{
    public string Word(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var outcome = record.Outcome ?? throw new ArgumentException("The case has no outcome.", nameof(record));
        var main = outcome switch
        {
            CaseOutcome.Exchanged or CaseOutcome.Reshipped => outcome.Name() + (record.TrackingNumber is null ? string.Empty : "_tracking"),
            _ => outcome.Name() + (record.OrderNumber is null ? "_no_order" : string.Empty),
        };
        var amount = outcome == CaseOutcome.Refunded ? record.Refund : record.Compensation;
        var slots = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [TemplateSlots.OrderNumber] = record.OrderNumber,
            [TemplateSlots.TrackingNumber] = record.TrackingNumber,
            [TemplateSlots.Amount] = Money(amount),
            [TemplateSlots.Postage] = Money(record.Postage),
        };
        var parts = new List<string> { templates.Render("settlement." + main, slots, record.Id).Text };
        if (record.Postage > 0)
        {
            parts.Add(templates.Render("settlement.postage", slots, record.Id).Text);
        }

        if (outcome != CaseOutcome.Compensated && record.Compensation > 0)
        {
            parts.Add(templates.Render("settlement.compensation", new Dictionary<string, string?>(slots, StringComparer.Ordinal) { [TemplateSlots.Amount] = Money(record.Compensation) }, record.Id).Text);
        }

        return string.Concat(parts);
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}

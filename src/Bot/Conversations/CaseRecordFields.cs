using System.Globalization;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Bot.Conversations;

/// <summary>The fields of a case that say what the bot wrote down, by stable names; empty fields are left out.</summary>
public static class CaseRecordFields
{
    public static TurnRecord ToTurnRecord(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["status"] = record.Status.ToString().ToLowerInvariant(),
        };
        Add(fields, "reason", record.Reason);
        Add(fields, "description", record.Description);
        Add(fields, "invoice_title_type", record.InvoiceTitleType?.ToString().ToLowerInvariant());
        Add(fields, "invoice_title", record.InvoiceTitle);
        Add(fields, "tax_number", record.TaxNumber);
        Add(fields, "email", record.Email);
        Add(fields, "return_tracking", record.ReturnTrackingNumber is null ? null : $"{record.ReturnCarrier} {record.ReturnTrackingNumber}".Trim());
        if (record.Compensation > 0)
        {
            fields["compensation"] = record.Compensation.ToString("0.00", CultureInfo.InvariantCulture);
        }

        if (record.Refund > 0)
        {
            fields["refund"] = record.Refund.ToString("0.00", CultureInfo.InvariantCulture);
        }

        if (record.PhotoUrls.Count > 0)
        {
            fields["photos"] = record.PhotoUrls.Count.ToString(CultureInfo.InvariantCulture);
        }

        return new TurnRecord(record.Kind.Name(), record.OrderNumber, fields);
    }

    private static void Add(SortedDictionary<string, string> fields, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields[name] = value;
        }
    }
}

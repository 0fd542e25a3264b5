using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>Recording the request, and earlier requests on the same order (status, re-issue, change).</summary>
public sealed partial class InvoiceFlow
{
    /// <summary>The latest invoice request on the order that was not withdrawn, or null.</summary>
    internal static async Task<CaseRecord?> LatestRequestAsync(FlowContext context, string orderNumber, CancellationToken cancellationToken)
    {
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, orderNumber, cancellationToken).ConfigureAwait(false);
        return cases.Where(c => c.Kind == CaseKind.InvoiceRequest && c.Status != CaseStatus.Cancelled).MaxBy(c => c.CreatedAt);
    }

    /// <summary>
    /// What the buyer already asked for on this order: "发票开了吗" is answered from it; a re-issue or a correction
    /// starts from its fields, so only the change needs saying. True when the turn is answered.
    /// </summary>
    private static async Task<bool> EarlierRequestAsync(FlowContext context, Order order, bool changed, CancellationToken cancellationToken)
    {
        var earlier = await LatestRequestAsync(context, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        var values = context.State.Values;
        // The order named after "發票開了嗎" is answered as the status question it continues.
        var statusAsked = values.Remove(StatusAskedKey);
        var asksStatus = (StatusWords().IsMatch(context.Normalized) || statusAsked) && !changed;
        if (earlier is null)
        {
            if (statusAsked && !changed)
            {
                OfferOnNamed(context, order);
                return true;
            }

            // "上周申请的发票开好了吗": nothing here says so; the buyer is told that plainly and a colleague checks, never a
            // request started as if they had asked for none.
            if (asksStatus && AppliedBefore().IsMatch(context.Compact))
            {
                context.Say("invoice.status_none_applied", context.SlotsOf(order));
                context.NeedPerson(StatusCheck);
                context.Finish();
                return true;
            }

            // "两个托特包的发票呢" with no request on it: none found, register now or a colleague checks, never a request
            // begun as if the buyer had asked for none.
            if (asksStatus && !changed)
            {
                OfferOnNamed(context, order);
                return true;
            }

            if (asksStatus)
            {
                context.Say("invoice.status_none", context.SlotsOf(order));
            }

            return false;
        }

        // "公司发票开好了吗" names fields the request already holds: a status question, never a new request.
        // The same fields sent again are the request on record: where it stands, never a second one.
        var same = changed && !Differs(values, earlier) && !ReissueWords().IsMatch(context.Normalized);
        asksStatus = (StatusWords().IsMatch(context.Normalized) || statusAsked) && (!changed || same);
        if (asksStatus || same || (!changed && !values.ContainsKey(ReissueKey)))
        {
            context.Say(earlier.Status == CaseStatus.Resolved ? "invoice.status_issued" : "invoice.status_open", Slots(context, order, earlier.InvoiceTitle, earlier.Email));
            context.Finish();
            return true;
        }

        // Issued already: a new title needs the old invoice credited first, which a person does.
        if (earlier.Status == CaseStatus.Resolved)
        {
            values[ReissueKey] = "yes";
        }
        else
        {
            values.Remove(ReissueKey);
        }

        values[ReplacesKey] = earlier.Id;
        await KeepRecordedTogetherAsync(context, order, earlier, cancellationToken).ConfigureAwait(false);
        var sameType = !values.TryGetValue(TypeKey, out var type) || type == earlier.InvoiceTitleType?.ToString();
        Keep(values, TypeKey, earlier.InvoiceTitleType?.ToString());
        if (sameType)
        {
            Keep(values, TitleKey, earlier.InvoiceTitle);
            Keep(values, TaxKey, earlier.TaxNumber);
        }

        Keep(values, EmailKey, earlier.Email);
        if (earlier.Email is null && !values.ContainsKey(EmailKey))
        {
            Keep(values, PaperKey, "yes");
        }
        return false;
    }

    /// <summary>True when a field read in this flow differs from the request on record (field by field, not by the description).</summary>
    private static bool Differs(Dictionary<string, string> values, CaseRecord earlier) =>
        (values.GetValueOrDefault(TypeKey) is { } type && type != earlier.InvoiceTitleType?.ToString())
        || (values.GetValueOrDefault(TitleKey) is { } title && !string.Equals(title, earlier.InvoiceTitle, StringComparison.Ordinal))
        || (values.GetValueOrDefault(TaxKey) is { } tax && !string.Equals(tax, earlier.TaxNumber, StringComparison.OrdinalIgnoreCase))
        || (values.GetValueOrDefault(EmailKey) is { } email && !string.Equals(email, earlier.Email, StringComparison.OrdinalIgnoreCase))
        || (values.ContainsKey(PaperKey) && earlier.Email is not null);

    /// <param name="taxUnchecked">The tax number failed its check: recorded as given, with a note to check it with the buyer.</param>
    private static async Task RecordAsync(FlowContext context, Order order, bool company, bool taxUnchecked, CancellationToken cancellationToken)
    {
        var values = context.State.Values;
        var tax = company ? values.GetValueOrDefault(TaxKey) ?? (taxUnchecked ? values.GetValueOrDefault(TaxTriedKey) : null) : null;
        var type = company ? InvoiceTitleType.Company : InvoiceTitleType.Personal;
        var paper = values.ContainsKey(PaperKey);
        var reissue = values.ContainsKey(ReissueKey);
        var sameEmail = !paper && !values.ContainsKey(EmailKey);
        var notes = new List<string> { paper ? "纸质发票，寄到订单收货地址，邮费由店铺承担" : sameEmail ? "电子发票，发到原发票的邮箱" : "电子发票" };
        if (values.GetValueOrDefault(ReplacesKey) is { } replaced)
        {
            notes.Add(reissue ? $"重开：替换已开出的发票（原申请{replaced}），需先红冲" : $"更正：替换原申请{replaced}");
        }
        else if (reissue)
        {
            notes.Add("重开：买家说原发票抬头开错，需先红冲");
        }

        if (taxUnchecked && tax is not null && !values.ContainsKey(TaxKey))
        {
            notes.Add($"税号{tax}校验未通过，开票前请与买家核对");
        }

        var taxInNote = company && tax is null && values.ContainsKey(TaxNoteKey);
        if (taxInNote)
        {
            notes.Add($"{CaseDraft.TaxNumberInOrderNote}（买家说的，机器人没查到），开票前请查出或与买家核对");
        }

        notes.AddRange(TimeNotes(values));

        var email = paper ? null : values.GetValueOrDefault(EmailKey);
        await context.Actions.RequestInvoiceAsync(context.Turn, order.OrderNumber, type, values[TitleKey], tax, email, string.Join("；", notes), cancellationToken).ConfigureAwait(false);
        var slots = new Dictionary<string, string?>(Slots(context, order, values[TitleKey], sameEmail ? "原来的邮箱" : email))
        {
            [TemplateSlots.TaxNumber] = tax,
        };
        var template = (reissue, paper, company) switch
        {
            _ when taxInNote => "invoice.tax_note_colleague",
            (true, _, _) => "invoice.reissue",
            (_, true, true) when tax is not null => "invoice.requested_paper_company",
            (_, true, _) => "invoice.requested_paper",
            (_, _, true) => "invoice.requested_company",
            _ => "invoice.requested",
        };
        context.Say(template, slots);
        if (taxUnchecked && !values.ContainsKey(TaxKey))
        {
            context.Say("invoice.tax_unchecked", slots);
        }

        await RecordOthersAsync(context, order, (type, values[TitleKey], tax, email, string.Join("；", notes)), cancellationToken).ConfigureAwait(false);
        if (values.ContainsKey(ReceiverTitleKey))
        {
            context.Say("invoice.receiver_title_taken", new Dictionary<string, string?> { [TemplateSlots.InvoiceTitle] = values[TitleKey] });
        }

        if (reissue || taxInNote)
        {
            context.NeedPerson(reissue ? Reissue : TaxFromNote);
        }

        context.Finish();
    }

    private static Dictionary<string, string?> Slots(FlowContext context, Order order, string? title, string? email) =>
        new(context.SlotsOf(order))
        {
            [TemplateSlots.InvoiceTitle] = title,
            [TemplateSlots.Email] = email ?? "订单收货地址",
        };

    /// <summary>"上周申请的", "之前提交过", "早就申请了": the buyer says the request was made before.</summary>
    [GeneratedRegex("(申请|提交|登记)(过|了)|要过|(上周|上次|上个?月|之前|前几天|前天|昨天|早就|老早|好久|很久|已经)(前)?(就)?(申请|提交|登记|要|开)|申请的|提交的")]
    private static partial Regex AppliedBefore();
}

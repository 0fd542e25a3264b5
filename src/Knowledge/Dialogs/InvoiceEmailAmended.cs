using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "发票发到abc@163.com" after an electronic invoice was recorded without that e-mail (to the earlier invoice's mailbox,
/// or another one): the request is recorded again with the e-mail given, the old one withdrawn, and the e-mail said back,
/// never only "passed on" while the buyer waits for a person. A paper invoice is left to the person.
/// </summary>
public static class InvoiceEmailAmended
{
    public static async Task<bool> TryRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastFlow != Intents.IntentIds.Invoice || context.Facts.Invoice?.Email is not { } email
            || state.LastOrderNumber is not { } number || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        if (await InvoiceFlow.LatestRequestAsync(context, number, cancellationToken).ConfigureAwait(false)
                is not { InvoiceTitleType: { } type, InvoiceTitle: { } title } request
            || string.Equals(request.Email, email, StringComparison.OrdinalIgnoreCase)
            || (request.Description ?? string.Empty).Contains(PaperNote, StringComparison.Ordinal))
        {
            return false;
        }

        // The note of where the invoice goes no longer holds; the rest of the request's note stays.
        var notes = (request.Description ?? string.Empty).Split('；', StringSplitOptions.RemoveEmptyEntries)
            .Where(n => !n.StartsWith(ElectronicNote, StringComparison.Ordinal)).Prepend($"{ElectronicNote}，发到{email}");
        await context.Actions.WithdrawCaseAsync(context.Turn, request.Id, "买家给了新的收票邮箱，已按新邮箱重新登记", cancellationToken).ConfigureAwait(false);
        await context.Actions.RequestInvoiceAsync(context.Turn, number, type, title, request.TaxNumber, email, string.Join("；", notes), cancellationToken).ConfigureAwait(false);
        state.ClearClarification();
        context.Say("invoice.email_amended", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.Email] = email,
            [TemplateSlots.InvoiceTitle] = title,
        });
        return true;
    }

    private const string ElectronicNote = "电子发票";
    private const string PaperNote = "纸质发票";
}

using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "哦打错了 税号是9137…" after the invoice request was recorded with a tax number that failed its check: the request is
/// recorded again with the number given, the old one withdrawn and the new number said back (one that fails its check
/// too is noted for a colleague, never asked a third time); never a question of which need is meant.
/// </summary>
public static class InvoiceTaxCorrected
{
    public static async Task<bool> TryRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastFlow != Intents.IntentIds.Invoice || context.Facts.Invoice is not { } given
            || (given.TaxNumber ?? given.InvalidTaxNumber) is not { } tax
            || state.LastOrderNumber is not { } number || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        if (await InvoiceFlow.LatestRequestAsync(context, number, cancellationToken).ConfigureAwait(false)
                is not { InvoiceTitleType: { } type, InvoiceTitle: { } title, TaxNumber: { } recorded } request
            || string.Equals(recorded, tax, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The note that the old number failed its check no longer holds; the rest of the request's note stays.
        var notes = (request.Description ?? string.Empty).Split('；', StringSplitOptions.RemoveEmptyEntries)
            .Where(n => !n.Contains(recorded, StringComparison.OrdinalIgnoreCase)).ToList();
        var passes = given.TaxNumber is not null;
        if (!passes)
        {
            notes.Add($"税号{tax}校验未通过，开票前请与买家核对");
        }

        await context.Actions.WithdrawCaseAsync(context.Turn, request.Id, "买家更正了税号，已按新税号重新登记", cancellationToken).ConfigureAwait(false);
        await context.Actions.RequestInvoiceAsync(context.Turn, number, type, title, tax, request.Email, string.Join("；", notes), cancellationToken).ConfigureAwait(false);
        state.ClearClarification();
        context.Say(passes ? "invoice.tax_corrected_recorded" : "invoice.tax_corrected_unchecked", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.TaxNumber] = tax,
            [TemplateSlots.InvoiceTitle] = title,
        });
        return true;
    }
}

using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "不用电子的", "要纸质的哈" right after an invoice was recorded: the same medium is said back as already taken; the
/// other one is a correction the flow records in place of the first request.
/// </summary>
public sealed partial class InvoiceFlow
{
    /// <summary>Confirms the medium of the invoice just recorded when the buyer names the same one again (or refuses the other).</summary>
    public static async Task<bool> ConfirmsMediumAfterAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (await MediumNamedAfterAsync(context, cancellationToken).ConfigureAwait(false) is not { Same: true } named)
        {
            return false;
        }

        var (order, request) = (named.Order, named.Request);
        context.Say(named.Paper ? "invoice.medium_same_paper" : "invoice.medium_same_electronic",
            Slots(context, order, request.InvoiceTitle, request.Email ?? "原来的邮箱"));
        return true;
    }

    /// <summary>True when the buyer asks for the other medium right after a request was recorded: the flow takes it as a correction.</summary>
    public static async Task<bool> SwitchesMediumAfterAsync(FlowContext context, CancellationToken cancellationToken) =>
        await MediumNamedAfterAsync(context, cancellationToken).ConfigureAwait(false) is { Same: false };

    /// <summary>The open request of the order in focus and whether the line names its medium, when the line names nothing else.</summary>
    private static async Task<MediumNamed?> MediumNamedAfterAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastFlow != IntentIds.Invoice || state.LastOrderNumber is not { } number
            || context.Facts.Invoice is not { Medium: { } medium, Title: null, TaxNumber: null, InvalidTaxNumber: null, Email: null }
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return null;
        }

        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, number, cancellationToken).ConfigureAwait(false);
        if (cases.Where(c => c.Kind == CaseKind.InvoiceRequest && c.Status == CaseStatus.Open).OrderByDescending(c => c.CreatedAt).FirstOrDefault() is not { } request)
        {
            return null;
        }

        var recordedPaper = request.Email is null && request.Description?.Contains("纸质", StringComparison.Ordinal) == true;
        return new MediumNamed(order, request, recordedPaper, recordedPaper == (medium == InvoiceMedium.Paper));
    }

    private sealed record MediumNamed(Order Order, CaseRecord Request, bool Paper, bool Same);
}

using System.Text.RegularExpressions;
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
    /// <summary>
    /// The open request of the order in focus and whether the line names its medium again (or refuses the other), when
    /// the line names a medium and nothing else (no title, number or e-mail) right after an invoice; null otherwise.
    /// </summary>
    public static async Task<MediumNamed?> MediumNamedAfterAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        // "寄到订单上的地址就行" after a paper invoice: where it goes, said again, is the paper one on record.
        var toOrderAddress = context.Facts.Invoice is null && context.Facts.Address is null && ToOrderAddress().IsMatch(context.Compact);
        if (state.ActiveFlow is not null || state.LastFlow != IntentIds.Invoice || state.LastOrderNumber is not { } number
            || (!toOrderAddress && context.Facts.Invoice is not { Medium: not null, Title: null, TaxNumber: null, InvalidTaxNumber: null, Email: null })
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || await OpenRequestAsync(context, number, cancellationToken).ConfigureAwait(false) is not { } request
            || (toOrderAddress && !IsPaper(request)))
        {
            return null;
        }

        var medium = toOrderAddress ? InvoiceMedium.Paper : context.Facts.Invoice!.Medium;
        return new MediumNamed(order, request, IsPaper(request), IsPaper(request) == (medium == InvoiceMedium.Paper));
    }

    /// <summary>
    /// "不对 要纸质的 不要电子的" while the flow waits for an order or a field: the medium changed, with no order named,
    /// is the flow's to take, whatever the model makes of 不对; "纸质发票会寄给我吗" asks, which the policies answer.
    /// </summary>
    public static bool CorrectsMedium(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Facts.Invoice is { Medium: not null } && !context.Facts.Cues.IsQuestion && context.Facts.MatchedOrderNumbers.Count == 0
            && context.Services.Orders.ExtractOrderNumbers(context.Text).Count == 0;
    }

    /// <summary>Says the medium on record back, with its title and where it goes.</summary>
    public static void ConfirmMedium(FlowContext context, MediumNamed named)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(named);
        context.Say(named.Paper ? "invoice.medium_same_paper" : "invoice.medium_same_electronic",
            Slots(context, named.Order, named.Request.InvoiceTitle, named.Request.Email ?? "原来的邮箱"));
    }

    /// <summary>The newest open invoice request of an order.</summary>
    private static async Task<CaseRecord?> OpenRequestAsync(FlowContext context, string orderNumber, CancellationToken cancellationToken)
    {
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, orderNumber, cancellationToken).ConfigureAwait(false);
        return cases.Where(c => c.Kind == CaseKind.InvoiceRequest && c.Status == CaseStatus.Open).OrderByDescending(c => c.CreatedAt).FirstOrDefault();
    }

    /// <summary>A request with no e-mail, recorded as paper: posted to the order's address.</summary>
    private static bool IsPaper(CaseRecord request) =>
        request.Email is null && request.Description?.Contains("纸质", StringComparison.Ordinal) == true;

    [GeneratedRegex("(寄|邮|发)(到|去|给)?我?(订单|下单|收货|原来|原|默认|我)(时|上|里)?的?(那个)?(收货)?地址")]
    private static partial Regex ToOrderAddress();

    /// <summary>An invoice request named again by its medium: <paramref name="Same"/> when it is the one on record.</summary>
    public sealed record MediumNamed(Order Order, CaseRecord Request, bool Paper, bool Same);
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "台灯和托特包能补开发票吗", "四件套和台灯两单都要": one request for several orders. The flow works on one of them and
/// keeps the others, each recorded with the same fields (finance issues one invoice per order), and the confirmation
/// names them all; "两单开一张还是分开都行" answers how, never a failed turn.
/// </summary>
public sealed partial class InvoiceFlow
{
    private const string AlsoKey = "also_orders";

    /// <summary>
    /// Keeps the other paid orders the message names one by one: by number, or by product or last digits in each part
    /// of "台灯跟托特包", each part pointing at exactly one order (the whole line points only at its longest product word).
    /// </summary>
    private static void NoteOthers(FlowContext context, Order order)
    {
        var others = InvoiceableOrders(context, context.Services.Orders.ExtractOrderNumbers(context.Text).Concat(NamedOneByOne(context))
                .Where(n => n != order.OrderNumber))
            .Select(o => o.OrderNumber)
            .ToList();
        if (others.Count > 0)
        {
            context.State.Values[AlsoKey] = string.Join(',', others);
        }
    }

    /// <summary>
    /// "开票 台灯和帆布包那两单": paid orders named one by one are all meant, never a "which one?" among them (two
    /// product words of the same length point the whole line at both); "两单都要" answering the list takes every order
    /// listed when two were. The first is worked on and the others kept; null when the line names fewer than two.
    /// </summary>
    private static Order? TakeSeveral(FlowContext context)
    {
        var state = context.State;
        var numbers = MeansBothListed(context) ? state.OrderChoices
            : context.Services.Orders.ExtractOrderNumbers(context.Text).Count == 0 ? NamedOneByOne(context).ToList() : [];
        var several = InvoiceableOrders(context, numbers).ToList();
        if (several.Count < 2)
        {
            return null;
        }

        state.OrderNumber = several[0].OrderNumber;
        state.UnownedItem = null;
        state.OrderChoices = [];
        state.Step = null;
        state.Values[AlsoKey] = string.Join(',', several.Skip(1).Select(o => o.OrderNumber));
        return several[0];
    }

    /// <summary>The buyer's own orders among <paramref name="numbers"/>, each once, that an invoice can be issued for.</summary>
    private static IEnumerable<Order> InvoiceableOrders(FlowContext context, IEnumerable<string> numbers) =>
        numbers.Distinct(StringComparer.Ordinal)
            .Select(n => context.Services.Orders.Find(context.Input.BuyerId, n))
            .OfType<Order>()
            .Where(Invoiceable);

    /// <summary>
    /// "不对 邮箱是…" after invoices for two orders were recorded in one turn: the other orders whose open requests were
    /// taken with the same fields at the same time are kept, so the correction replaces every one of them.
    /// </summary>
    private static async Task KeepRecordedTogetherAsync(FlowContext context, Order order, CaseRecord earlier, CancellationToken cancellationToken)
    {
        if (context.State.Values.ContainsKey(AlsoKey))
        {
            return;
        }

        var together = new List<string>();
        foreach (var other in context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(o => o.OrderNumber != order.OrderNumber && Invoiceable(o)))
        {
            var cases = await context.Actions.CasesOfOrderAsync(context.Turn, other.OrderNumber, cancellationToken).ConfigureAwait(false);
            if (cases.Any(c => c.Kind == CaseKind.InvoiceRequest && c.Status == CaseStatus.Open && SameFields(c, earlier)
                && (c.CreatedAt - earlier.CreatedAt).Duration() <= RecordedTogether))
            {
                together.Add(other.OrderNumber);
            }
        }

        if (together.Count > 0)
        {
            context.State.Values[AlsoKey] = string.Join(',', together);
        }
    }

    private static readonly TimeSpan RecordedTogether = TimeSpan.FromSeconds(5);

    private static bool SameFields(CaseRecord one, CaseRecord other) =>
        one.InvoiceTitleType == other.InvoiceTitleType && string.Equals(one.InvoiceTitle, other.InvoiceTitle, StringComparison.Ordinal)
        && string.Equals(one.TaxNumber, other.TaxNumber, StringComparison.OrdinalIgnoreCase)
        && string.Equals(one.Email, other.Email, StringComparison.OrdinalIgnoreCase);

    /// <summary>"两个都开", "两单都要" answering a list of two orders: both are meant.</summary>
    public static bool MeansBothListed(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.Step == DialogSteps.ChooseOrder && context.State.OrderChoices.Count == 2 && SeveralSaid().IsMatch(context.Compact);
    }

    /// <summary>The orders each part of "台灯跟托特包" points at alone, when the part names them for the invoice.</summary>
    private static IEnumerable<string> NamedOneByOne(FlowContext context)
    {
        var all = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var now = context.Services.Time.GetUtcNow();
        var parts = Joiner().Split(context.Text).Where(p => p.Length > 0).ToList();
        return parts.Count < 2 ? [] : parts
            .SelectMany(p => context.Services.Analyzer.Analyze(p, all, now).OrderReferences)
            .Where(r => r.Evidence is OrderEvidence.Product or OrderEvidence.LastDigits && r.OrderNumbers.Count == 1
                && !OrderResolver.Denied(context.Normalized, r.Mention) && ForInvoice(context.Normalized, r.Mention))
            .Select(r => r.OrderNumbers[0]);
    }

    private static bool Invoiceable(Order order) => order.Status is OrderStatus.AwaitingShipment or OrderStatus.Shipped or OrderStatus.Completed;

    /// <summary>
    /// A product named before the invoice word ("台灯和托特包能补开发票吗"), or anywhere when the line says several orders
    /// ("开发票 四件套和台灯两单"); "保温杯开发票…，四件套到哪了" asks something else of the 四件套.
    /// </summary>
    private static bool ForInvoice(string text, string mention)
    {
        var invoiceAt = text.IndexOf('票', StringComparison.Ordinal);
        var at = text.IndexOf(mention, StringComparison.Ordinal);
        return SeveralSaid().IsMatch(text) || (at >= 0 && (invoiceAt < 0 || at < invoiceAt));
    }

    private static List<Order> Others(FlowContext context) =>
        context.State.Values.GetValueOrDefault(AlsoKey) is { } kept
            ? [.. kept.Split(',').Select(n => context.Services.Orders.Find(context.Input.BuyerId, n)).OfType<Order>()]
            : [];

    /// <summary>The other orders recorded with the same fields, and the buyer told which.</summary>
    private static async Task RecordOthersAsync(FlowContext context, Order order, (InvoiceTitleType Type, string Title, string? Tax, string? Email, string Notes) fields, CancellationToken cancellationToken)
    {
        var others = Others(context).Where(o => o.OrderNumber != order.OrderNumber).ToList();
        if (others.Count == 0)
        {
            return;
        }

        foreach (var other in others)
        {
            await context.Actions.RequestInvoiceAsync(context.Turn, other.OrderNumber, fields.Type, fields.Title, fields.Tax, fields.Email, fields.Notes, cancellationToken).ConfigureAwait(false);
        }

        context.Say("invoice.also_recorded", new Dictionary<string, string?>
        {
            [TemplateSlots.OrderList] = string.Join("、", others.Select(o => $"订单{o.OrderNumber}（{o.Title}）")),
        });
    }

    [GeneratedRegex("(两|2|几|三|3)(单|笔|个订单)|(两|2)(个|张)都|都(要|开|需要)|各开|分别开|各(一|1)张")]
    private static partial Regex SeveralSaid();

    [GeneratedRegex("和|跟|与|及|还有|以及|加上|外加|、|，|,")]
    private static partial Regex Joiner();

    [GeneratedRegex("(开|合|并|合并|合成|合开)(成)?(一|1)张|分开(开)?|分别开|各开|单独开|一单一张|每单一张")]
    private static partial Regex SplitSaid();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "税号记上了吧", "税号是改过的那个吧", "税号呢？9133…": the buyer asks whether the tax number is on the invoice request,
/// answered from the request recorded (the order named, else the order in focus, else the newest), never a menu of needs
/// or a second request. A number given that differs from the recorded one is a correction the invoice flow takes.
/// </summary>
public static partial class TaxNumberOnRecord
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow == Intents.IntentIds.Invoice || !TaxWord().IsMatch(context.Compact) || !Confirming().IsMatch(context.Compact)
            || context.Facts.Invoice is { InvalidTaxNumber: not null } or { Title: not null } or { Email: not null })
        {
            return false;
        }

        var named = OrderResolver.Named(context);
        var looked = named.Count > 0 ? named : context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var found = new List<(CaseRecord Record, Order Order)>();
        foreach (var order in looked)
        {
            var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
            found.AddRange(cases.Where(c => c.Kind == CaseKind.InvoiceRequest && c.Status != CaseStatus.Cancelled && c.TaxNumber is not null).Select(c => (c, order)));
        }

        var focus = context.State.OrderNumber ?? context.State.LastOrderNumber;
        var (record, recordOrder) = found.Where(f => f.Record.OrderNumber == focus).OrderByDescending(f => f.Record.CreatedAt).FirstOrDefault() is { Record: not null } inFocus
            ? inFocus
            : found.OrderByDescending(f => f.Record.CreatedAt).FirstOrDefault();
        if (record is null || (context.Facts.Invoice?.TaxNumber is { } given && !string.Equals(given, record.TaxNumber, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var slots = new Dictionary<string, string?>(context.SlotsOf(recordOrder), StringComparer.Ordinal)
        {
            [TemplateSlots.TaxNumber] = record.TaxNumber,
            [TemplateSlots.InvoiceTitle] = record.InvoiceTitle,
        };
        context.State.ClearClarification();
        context.State.EndFlow();
        context.Say("invoice.tax_on_record", slots);
        context.State.LastOrderNumber = recordOrder.OrderNumber;
        return true;
    }

    [GeneratedRegex("税号|纳税人识别号|信用代码|识别号")]
    private static partial Regex TaxWord();

    [GeneratedRegex("记上|记了|记下|记好|登记|写上|写了|写进|填上|填了|加上|录上|录入|改过|改了|改好|更新|新的那个|对吗|对吧|对不对|是不是|有没有|没有|吧|吗|嘛|呢|没$")]
    private static partial Regex Confirming();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "还有寄到我单位去 武汉市武昌区…" after a paper invoice was recorded: the policy posts it to the order's delivery address,
/// said plainly; the other address the buyer gave whole is written into the request for a colleague to confirm (one not
/// given is asked for), never a question about a company title nor a promise that it goes there.
/// </summary>
public static partial class InvoiceMailedElsewhere
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        if (!MailedElsewhere().IsMatch(context.Compact))
        {
            return false;
        }

        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        if (cases.Where(c => c.Kind == CaseKind.InvoiceRequest && c.Status != CaseStatus.Cancelled && c.Email is null)
                .OrderByDescending(c => c.CreatedAt).FirstOrDefault() is not { InvoiceTitleType: { } type, InvoiceTitle: { } title } paper)
        {
            return false;
        }

        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal);
        // Without the whole address there is nothing a colleague could post to: the policy is said and the address asked.
        if (context.Facts.Address is not { HasFullAddress: true } given)
        {
            context.Say("invoice.mailed_elsewhere_asked", slots);
            return true;
        }

        var address = string.Concat(given.Province, given.City == given.Province ? null : given.City, given.District, given.Detail);
        var wish = $"买家想把纸质发票寄到{address}，能否改寄请同事确认";
        await context.Actions.WithdrawCaseAsync(context.Turn, paper.Id, "买家补充了纸质发票的寄送要求，已连同要求重新登记", cancellationToken).ConfigureAwait(false);
        await context.Actions.RequestInvoiceAsync(context.Turn, order.OrderNumber, type, title, paper.TaxNumber, null,
            string.Join("；", new[] { paper.Description, wish }.Where(d => !string.IsNullOrEmpty(d))), cancellationToken).ConfigureAwait(false);
        slots[TemplateSlots.NewAddress] = address;
        context.Say("invoice.mailed_elsewhere_noted", slots);
        return true;
    }

    // "寄到我单位去", "能寄公司吗", "发票寄到这个地址", "换个地址寄".
    [GeneratedRegex("(?:寄|送|邮)(?:到|去|给)?我?们?(?:单位|公司|家里|老家|办公室|学校|宿舍|另一个地址|别的地址|其他地址|这个地址|这里|这儿)|(?:换|改)(?:个|一下)?(?:寄送|邮寄|收件)?地址")]
    private static partial Regex MailedElsewhere();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "十月份那单袜子也帮我开一张" right after an invoice was recorded on another order in this chat: the same title, tax
/// number and e-mail (or paper) go on this order too, so nothing the buyer just gave is asked again.
/// </summary>
public sealed partial class InvoiceFlow
{
    private static async Task TakeSameAsBeforeAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        var values = context.State.Values;
        if (values.ContainsKey(TypeKey) || values.ContainsKey(TitleKey) || !AlsoWanted().IsMatch(context.Compact)
            || context.State.LastOrderToldOf("invoice.") is not { } earlierNumber || earlierNumber == order.OrderNumber)
        {
            return;
        }

        if (await LatestRequestAsync(context, earlierNumber, cancellationToken).ConfigureAwait(false)
            is not { InvoiceTitleType: { } type, InvoiceTitle: { } title } earlier)
        {
            return;
        }

        values[TypeKey] = type.ToString();
        values[TitleKey] = title;
        if (earlier.TaxNumber is { } tax)
        {
            values[TaxKey] = tax;
        }

        if (earlier.Email is { } email)
        {
            values[EmailKey] = email;
        }
        else
        {
            values[PaperKey] = "yes";
        }
    }

    [GeneratedRegex("也(?:帮我|给我|麻烦)?(?:开|要)")]
    private static partial Regex AlsoWanted();
}

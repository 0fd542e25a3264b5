using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "拍多了", "退一条钱" right after fewer pieces were recorded on an order in this chat: the reason and the money of
/// the cut (a colleague checks whether it comes back), never a refund of the whole order nor its reason asked; "整单/全部不要了" still cancels the whole order.
/// </summary>
public sealed partial class RefundUnshippedFlow
{
    private static async Task<bool> TellsCutStandsAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (context.State.Step is not null || WholeOrder().IsMatch(context.Compact)
            || context.State.LastOrderToldOf("order_change.") is not { } orderNumber
            || OrderResolver.Named(context) is { Count: > 0 } named && !named.Any(o => o.OrderNumber == orderNumber))
        {
            return false;
        }

        var cut = (await OpenCases.HereAsync(context, orderNumber, cancellationToken, CaseKind.OrderChange).ConfigureAwait(false))
            .LastOrDefault(FewerPiecesRecord.IsCut);
        if (cut is null || context.Services.Orders.Find(context.Input.BuyerId, orderNumber) is not { } order)
        {
            return false;
        }

        context.State.OrderNumber = orderNumber;
        Finish(context, "refund_unshipped.cut_stands", new Dictionary<string, string?>(context.SlotsOf(order))
        {
            [TemplateSlots.Amount] = FewerPiecesRecord.AskedSum(cut, order),
        });
        return true;
    }

    [GeneratedRegex("整单|全部|都不要|全都|一条都不|一件都不|全退|都退")]
    private static partial Regex WholeOrder();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "拍多了", "退一条钱" right after fewer pieces were recorded on an order in this chat: the reason and the money of
/// the cut (a colleague checks whether it comes back), never a refund of the whole order nor its reason asked; "整单/全部不要了" still cancels the whole order,
/// but "别让我整单退", "不要整单取消" turn the whole refund down and are the cut standing. Asked again ("就发两份 退我99.8 这样行不"),
/// the cut is confirmed in a short line rather than said in full twice.
/// </summary>
public sealed partial class RefundUnshippedFlow
{
    private static async Task<bool> TellsCutStandsAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (context.State.Step is not null || (WholeOrder().IsMatch(context.Compact) && !WholeRefused().IsMatch(context.Compact))
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
        var told = context.Told(CutStands, orderNumber);
        Finish(context, told ? CutStands + "_again" : CutStands, new Dictionary<string, string?>(context.SlotsOf(order))
        {
            [TemplateSlots.Amount] = FewerPiecesRecord.AskedSum(cut, order),
        });
        return true;
    }

    private const string CutStands = "refund_unshipped.cut_stands";

    // "别让我整单退", "不要整单取消", "不是全退", "別讓我整單退" (folded to simplified): the whole refund turned down.
    [GeneratedRegex("(?<![都也])(?:别|不要|不想|不用|不是|不|没说|没让)(?:让我|给我|帮我|要|想)?(?:整单|全部|全)")]
    private static partial Regex WholeRefused();

    [GeneratedRegex("整单|全部|都不要|全都|一条都不|一件都不|全退|都退")]
    private static partial Regex WholeOrder();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "有货吗", "130的还有吗" right after this chat recorded a size or colour change on an order not yet shipped: the stock
/// of that new size or colour of that item, never the shop's general product-page text. The change is noted, the
/// warehouse checks the stock before shipping, and a colleague contacts the buyer if it is out of stock.
/// </summary>
public static partial class ChangeStockQuestion
{
    /// <summary>Longer lines carry a need of their own.</summary>
    private const int MaxLength = 20;

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var compact = context.Compact;
        if (state.ActiveFlow is not null || compact.Length > MaxLength || !AsksStock().IsMatch(compact)
            || state.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment } order)
        {
            return false;
        }

        var change = await RecordedOrderChange.LatestAsync(context, number, cancellationToken).ConfigureAwait(false);
        // "140的有吗" names another value than the one recorded: a correction of the change, read elsewhere.
        if (change is null || OrderChanges.Read(change) is not { Kind: OrderChangeKind.Size or OrderChangeKind.Colour, To: not null } recorded
            || OrderChanges.OtherValue(context.Normalized, recorded) is not null)
        {
            return false;
        }

        state.ClearClarification();
        context.Say("focus.change_stock", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.Change] = change,
        });
        return true;
    }

    // "有货吗", "130的还有吗", "有没有货", "会不会缺货", "库存够吗", "没货怎么办".
    [GeneratedRegex("有货|有没有货|还有(?:吗|嘛|么|没|不|的吧)|有(?:吗|嘛|么)$|缺货|断货|没货|库存|卖完|卖光")]
    private static partial Regex AsksStock();
}

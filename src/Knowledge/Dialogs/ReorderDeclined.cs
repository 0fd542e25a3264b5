using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "要是得退了重拍那就算了", "那么麻烦的话就不用了" right after a lower price was answered with price protection and, for
/// the order not shipped yet, refunding it and ordering again: the buyer turns that path down, so nothing is refunded
/// or recorded and the path is not offered again; the order ships as paid and price protection stays as the page allows.
/// </summary>
public static class ReorderDeclined
{
    private const string Template = "policy_topics.reorder_declined";

    private static readonly string[] PriceRoutes =
    [
        "focus.price_difference_unshipped", "policy_topics.price_protection_order_unshipped", "refund_unshipped.difference_first",
    ];

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || !DeclinedOnCondition.Declines(context.Normalized)
            || state.LastOrderNumber is not { } number || !PriceRoutes.Any(t => context.Told(t, number))
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: false } order)
        {
            return false;
        }

        state.ClearClarification();
        context.Say(Template, context.SlotsOf(order));
        context.MarkAnswered(context.Text);
        return true;
    }
}

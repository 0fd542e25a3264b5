using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "我下周三要穿的 来得及吗", "杭州的 应该很快吧" while the buyer waits for a person about an order: the usual days to the
/// order's region from the delivery-time policy (set against the date named, when one is), never a promise; nothing is
/// recorded, the person already follows the order up.
/// </summary>
internal static class QueuedArrival
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ArrivalQuestion.IsAsked(context.Normalized) || context.State.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.Shipped or OrderStatus.AwaitingShipment, HasRefundUnderWay: false } order)
        {
            return false;
        }

        if (ArrivalByDate.Applies(context, order))
        {
            ArrivalByDate.Say(context, order);
        }
        else
        {
            ArrivalDays.Say(context, order);
        }

        return context.Replies.Count > 0;
    }
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不行的话就算了 我再看看别家", "那算了 不买了" right after an order closed unpaid was talked about: the buyer lets it go;
/// seen off with nothing owed and the door open, never asked whether to cancel or hold an order that is closed.
/// </summary>
internal static partial class ClosedLetGo
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || !LetsGo().IsMatch(context.Compact) || context.Facts.Cues.IsQuestion
            || context.State.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.Closed, PaidAt: null } order)
        {
            return false;
        }

        context.State.ClearClarification();
        context.Say("listen.closed_let_go", context.SlotsOf(order));
        return true;
    }

    [GeneratedRegex("算了|不买了|不要了|看看别家|看看别的|别家买|去别家|再说吧|再看看")]
    private static partial Regex LetsGo();
}

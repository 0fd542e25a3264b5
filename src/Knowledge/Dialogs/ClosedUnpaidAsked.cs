using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// An order the system closed because it was never paid: "枕套那单怎么没了 我还没付钱呢" hears why it closed, that nothing
/// was charged and that a new order is placed to have it; once told, "哦 是不是我没付钱" or "？？？" hears the same in a short
/// line of agreement, never the fallback and a person, and "那我重新拍 价格还是159吗" hears how to order again, the price
/// being the page's on the day.
/// </summary>
public static partial class ClosedUnpaidAsked
{
    private const string Told = "track.closed_unpaid";
    private const string Confirmed = "track.closed_unpaid_confirmed";
    private const string Restated = "track.closed_unpaid_restated";
    private const string Reorder = "restore_order.reorder_agreed";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Restoring it, money said taken, the old price and the buyer's reasons have answers of their own.
        if (context.State.ActiveFlow is not null || OwnAnswers().IsMatch(context.Compact) || ClosedUnpaid(context) is not { } order)
        {
            return false;
        }

        var number = order.OrderNumber;
        var told = MoneyTaken.ClosingTold(context, number) || context.Told(Confirmed, number) || context.Told(Restated, number);
        var text = context.Compact;
        string? template = told && Reorders().IsMatch(text) && !context.Told(Reorder, number) ? Reorder
            : told && Puzzled.Says(context.Text, text) && !context.Told(Restated, number) ? Restated
            : told && AsksIfUnpaid().IsMatch(text) ? Confirmed
            : !told && Gone().IsMatch(text) ? Told
            : null;
        if (template is null)
        {
            return false;
        }

        context.State.LastOrderNumber = number;
        context.Say(template, context.SlotsOf(order));
        return true;
    }

    /// <summary>The one order closed unpaid that the line names, else the order the talk was about when it is one.</summary>
    private static Order? ClosedUnpaid(FlowContext context)
    {
        var named = OrderResolver.Named(context);
        var order = named.Count > 0 ? (named.Count == 1 ? named[0] : null)
            : context.State.LastOrderNumber is { } focus ? context.Services.Orders.Find(context.Input.BuyerId, focus) : null;
        return order is { Status: OrderStatus.Closed, PaidAt: null } ? order : null;
    }

    [GeneratedRegex("(怎么|咋|为啥|为什么|怎)[^,，。]{0,3}(没了|不见了|找不到了|消失了)|(没了|不见了|找不到了)(吗|呢|啊)?[?？]")]
    private static partial Regex Gone();

    [GeneratedRegex("(是不是|是因为|因为|难道)[^,，。]{0,4}(没付|未付|没有付|没交钱|没给钱)")]
    private static partial Regex AsksIfUnpaid();

    [GeneratedRegex("恢复|扣|付了|付过|明明|原价|原来|手头|[0-9]")]
    private static partial Regex OwnAnswers();

    [GeneratedRegex("重新拍|再拍|重拍|重新下单|再下(一)?单|重新买|再买")]
    private static partial Regex Reorders();
}

using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Asking the buyer which order: beside a focus with no refund, a list, and never the same question a third time
/// (a product in none of their orders is <see cref="UnownedGoods"/>'s).</summary>
public static partial class OrderResolver
{
    /// <summary>The order in focus has no refund to follow or take back: says so, and offers only the orders with one.</summary>
    private static void AskRefundBesideFocus(FlowContext context, Order focus, IReadOnlyList<Order> choices)
    {
        context.State.OrderChoices = choices.Select(o => o.OrderNumber).ToList();
        context.Await(DialogSteps.ChooseOrder);
        context.Say("orders.refund_beside_focus", new Dictionary<string, string?>
        {
            [TemplateSlots.ItemTitle] = focus.Title,
            [TemplateSlots.OrderState] = OrderSlots.StatusName(focus),
            [TemplateSlots.OrderList] = string.Join("；", choices.Select((o, i) => $"{i + 1}. {OrderSlots.Describe(o)}")),
        });
        context.Suggest(choices.Count == 1 ? ["是的"] : [.. choices.Select((_, i) => $"第{i + 1}个")]);
    }

    private static void List(FlowContext context, IReadOnlyList<Order> choices)
    {
        var asked = CountAsk(context);
        if (asked >= 3)
        {
            // Asked three times already, the last time with one order offered: a person sorts it out.
            context.Say("orders.hand_over");
            context.NeedPerson(OrderUnclear);
            context.Finish();
            return;
        }

        if (asked == 2 && ProposeNewest(context, choices))
        {
            return;
        }

        context.State.OrderChoices = choices.Select(o => o.OrderNumber).ToList();
        context.Await(DialogSteps.ChooseOrder);
        // Asked a second time, the list is said short (goods and state, no order numbers): the numbers were given once.
        context.Say(asked == 1 ? "orders.several_again" : "orders.several", new Dictionary<string, string?>
        {
            [TemplateSlots.OrderCount] = choices.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [TemplateSlots.OrderList] = string.Join("；", choices.Select((o, i) => $"{i + 1}. {(asked == 1 ? OrderSlots.DescribeShort(o) : OrderSlots.Describe(o))}")),
        });
        context.Suggest([.. choices.Select((_, i) => $"第{i + 1}个")]);
    }

    /// <summary>
    /// Counts one more "which order?" in this flow; true when it was asked twice already, so a third time is never
    /// the same question.
    /// </summary>
    internal static bool AskedTwice(FlowContext context) => CountAsk(context) >= 2;

    /// <summary>Counts one more "which order?" in this flow; returns how many were asked before this one.</summary>
    private static int CountAsk(FlowContext context)
    {
        var values = context.State.Values;
        var asked = values.TryGetValue(OrderAskedKey, out var count) && int.TryParse(count, out var n) ? n : 0;
        values[OrderAskedKey] = (asked + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return asked;
    }

    /// <summary>Why a person is called when the buyer never said which order, asked three times.</summary>
    public const string OrderUnclear = "order_unclear";

    /// <summary>
    /// After two unanswered "which order?": the newest of the orders listed is offered alone, so a yes is enough
    /// ("是的" picks it), instead of the list a third time.
    /// </summary>
    internal static bool ProposeNewest(FlowContext context, IReadOnlyList<Order> choices)
    {
        if (choices.Count == 0)
        {
            return false;
        }

        var newest = choices.OrderByDescending(o => o.CreatedAt).First();
        context.State.OrderChoices = [newest.OrderNumber];
        context.Await(DialogSteps.ChooseOrder);
        context.Say("orders.propose_newest", context.SlotsOf(newest));
        context.Suggest("是的");
        return true;
    }

    private const string OrderAskedKey = "order_asked";
}

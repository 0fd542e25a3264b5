using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// After "no order of this account holds the item", the one order that fits the need is never taken silently: the
/// buyer spoke of other goods, so the bot says which order it could use and asks; a yes takes it, with all that was
/// given meanwhile.
/// </summary>
public static partial class OrderResolver
{
    /// <summary>Offers the only fitting order for the goods told of as not found, and waits for a yes or another order.</summary>
    private static void OfferForUnowned(FlowContext context, string told, Order only)
    {
        context.State.OrderChoices = [only.OrderNumber];
        context.Await(DialogSteps.ChooseOrder);
        context.Say("orders.unowned_one_fits", new Dictionary<string, string?>
        {
            [TemplateSlots.ItemTitle] = told.ToUpperInvariant(),
            [TemplateSlots.OrderList] = OrderSlots.Describe(only),
        });
        context.Suggest(["是的"]);
    }

    /// <summary>The buyer says yes to the one order offered in place of the goods not found.</summary>
    private static bool TakesOffered(FlowContext context) =>
        context.State.Step == DialogSteps.ChooseOrder && context.State.OrderChoices.Count == 1 && OrderChoice.Agrees(context.Normalized);

    [GeneratedRegex("没|未|不|待")]
    private static partial Regex NotShippedWords();

    /// <summary>Shipped or waiting to ship: the orders a buyer may mix up when asking about "the parcel".</summary>
    private static bool IsLive(Order order) => order.Status is OrderStatus.AwaitingShipment or OrderStatus.Shipped;
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// What follows the answer that one order ships whole to one address (policy split-shipment): the second address
/// given ("我妈地址：…") is for the part to be re-ordered, never a change of the whole order's address unless the buyer
/// says the whole order goes there; "另一套还是寄我家" keeps the order's address as it is. Both are answered on the
/// order the policy was told of, with the way to send the part elsewhere said once more in short.
/// </summary>
public static partial class SplitFollowUp
{
    private const string Told = "policy_topics.split_unshipped";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } number || !context.Told(Told, number)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment } order
            || WholeOrder().IsMatch(context.Compact))
        {
            return false;
        }

        // "寄给我妈的地址：… 收件人 … 电话 …": the address of the part to send elsewhere.
        if (context.Facts.Address is { HasFullAddress: true })
        {
            state.ClearClarification();
            context.Say("policy_topics.split_address", context.SlotsOf(order));
            return true;
        }

        if (RestHome().IsMatch(context.Compact))
        {
            state.ClearClarification();
            context.Say("policy_topics.split_rest_home", context.SlotsOf(order));
            return true;
        }

        return false;
    }

    /// <summary>"那就都寄我妈那", "整单改到这个地址": the whole order goes to the new address, a change of address.</summary>
    [GeneratedRegex("都(寄|发|送|改)|整单|全部(寄|发|送|改)|两(套|件|个|份)都|一起(寄|发|送)(到|过去)")]
    private static partial Regex WholeOrder();

    /// <summary>"另一套还是寄我自己家", "剩下的寄我这": the rest stays with the order's own address.</summary>
    [GeneratedRegex("(另一|另外一|剩下|其余|其他|我那)[^，,。]{0,6}(寄|发|送|给)?(我|自己|原来|原地址|家里|我家|我这)|(还是|照常|照旧)(寄|发|送)(给)?(我|自己|原来|原地址)")]
    private static partial Regex RestHome();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "是改了再付 还是直接重新拍？" right after a new address was recorded on an order not paid yet: the order stands with
/// the change recorded, so it is paid as it is; never the re-order price rule nor a question about a refund.
/// </summary>
internal static partial class PayAfterChange
{
    private const string Template = "change_address.pay_as_is";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastFlow != Intents.IntentIds.ChangeAddress || !PayOrReorder().IsMatch(context.Compact)
            || state.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingPayment } order)
        {
            return false;
        }

        state.ClearClarification();
        context.Say(Template, context.SlotsOf(order));
        return true;
    }

    /// <summary>"改了再付还是重新拍", "要重新下单吗", "直接付款就行吗", "重拍还是直接付".</summary>
    [GeneratedRegex("(付|付款|付钱|支付).{0,6}(还是|或者|或是).{0,6}(重新|再|重)(拍|下单|下)|(重新|再|重)(拍|下单|下).{0,6}(还是|或者|或是).{0,6}(付|支付)|(要|用|需要|得)(重新|再)(拍|下单|下一单)(吗|么|嘛|[?]|不)|直接付(款|钱)?(就)?(行|可以)?(吗|么|嘛|[?])")]
    private static partial Regex PayOrReorder();
}

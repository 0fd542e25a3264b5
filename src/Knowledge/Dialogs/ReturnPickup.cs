using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "可以上门取件吗 懒得跑驿站", "能让快递来取吗" once a return of goods the buyer holds was talked about, or
/// said with 退: how the return goes back (a pickup booked on the return page once it is agreed, or sent by the buyer
/// from a station), never advice for a parcel still on its way to the buyer.
/// </summary>
public static partial class ReturnPickup
{
    private const string Template = "no_reason_return.return_pickup";
    private const string PostageTemplate = "no_reason_return.return_postage_buyer";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (context.State.ActiveFlow is not null || !PickupAsked().IsMatch(compact)
            || !(ReturnWords().IsMatch(compact) || context.State.LastFlow is IntentIds.NoReasonReturn or IntentIds.QualityReturn)
            || Held(context) is not { } order)
        {
            return false;
        }

        context.State.ClearClarification();
        context.State.LastOrderNumber = order.OrderNumber;
        // "運費誰出啊 可以上門取件嗎" about a return with no fault told: who pays is answered first, never left for the
        // pickup's page; a quality return's postage is the shop's and its own flow says so.
        if (PostageAsked().IsMatch(compact) && context.State.LastFlow != IntentIds.QualityReturn && QualityReturnFlow.RecordedHere(context.State) is null
            && !QualityProblems.NamesAProblem(compact))
        {
            context.Say(PostageTemplate, context.SlotsOf(order));
        }

        context.Say(Template, context.SlotsOf(order));
        return true;
    }

    /// <summary>"能上门取件吗", "快递能来家里取吗": a courier asked to collect the parcel.</summary>
    public static bool IsAsked(string compact) => PickupAsked().IsMatch(compact);

    /// <summary>The order the return is about: named, else the one in focus, when it has left the warehouse.</summary>
    private static Order? Held(FlowContext context)
    {
        var named = OrderResolver.Named(context);
        var order = named is [var one] ? one
            : named.Count == 0 && (context.State.OrderNumber ?? context.State.LastOrderNumber) is { } focus ? context.Services.Orders.Find(context.Input.BuyerId, focus)
            : null;
        return order is { Status: OrderStatus.Shipped or OrderStatus.Completed } ? order : null;
    }

    // "上门取件", "快递来取", "來家裡取" (read folded to Simplified), "预约取件"; never "取件码", a parcel waiting at a
    // station, nor "怎么寄回", which the return policy answers with the address.
    [GeneratedRegex("上门(取|收|揽)|(快递员|快递|小哥)?来(家里|家)?(取|拿|收)(件|走|一下)?(吗|嘛|不|么)|(预约|约)?取件(?!码)")]
    private static partial Regex PickupAsked();

    [GeneratedRegex("运费(?:谁|誰|是谁|由谁|我|要我|你们)|谁(?:出|付|承担)运费|要(?:不要|付|出)运费|运费(?:怎么算|多少)")]
    private static partial Regex PostageAsked();

    [GeneratedRegex("退|寄回|退回")]
    private static partial Regex ReturnWords();
}

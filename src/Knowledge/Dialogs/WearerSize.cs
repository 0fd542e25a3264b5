using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "我弟穿 他就170 瘦", "一米七五穿多大" about the order in focus, goods sold in sizes (its title names the size bought): which size
/// fits that body is the size chart's to say (the shop keeps none here), so the buyer is pointed to it, to pre-sales or
/// to a person, never "没太理解".
/// </summary>
public static partial class WearerSize
{
    /// <summary>Longer lines carry a need of their own; a body measure added in passing is short.</summary>
    private const int MaxLength = 24;

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } number || context.Compact.Length > MaxLength
            || !BodyMeasure().IsMatch(context.Compact) || OtherNeed().IsMatch(context.Compact)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || Flows.LabelSize.Bought(order.Title) is null)
        {
            return false;
        }

        context.Say("focus.wearer_size", context.SlotsOf(order));
        return true;
    }

    // "他就170", "一米七五", "1米75", "身高175", "120斤", "65公斤": a height or a weight of someone, never a size named alone
    // ("130的" is the size of a child's coat), a price ("170块") or an order number.
    [GeneratedRegex("身高|体重|(?:他|她|我|弟|哥|姐|妹|爸|妈|老公|老婆|孩子|儿子|女儿|闺女)(?:就|才|有|大概|差不多|是)?1[4-9][0-9](?![0-9块元号码的])|(?:一|1)米(?:[一二三四五六七八九][一二三四五六七八九十]?|[0-9]{1,2})|(?<![0-9])[0-9]{2,3}(?:斤|公斤|kg)")]
    private static partial Regex BodyMeasure();

    // A need beside the measure is the need's to answer: a refund, a return, a parcel, an address, a price.
    [GeneratedRegex("退|坏|破|发货|快递|物流|地址|多少钱|价格|优惠|发票")]
    private static partial Regex OtherNeed();
}

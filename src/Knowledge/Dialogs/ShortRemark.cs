using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Short lines after an answer that add a detail ("20号拍的", "中通的", "還是原来的均码") or say something friendly
/// ("你们周末也上班啊 辛苦"): taken as part of what was just discussed, never a guess that a quality problem is meant
/// and never "遇到什么问题了".
/// </summary>
public static partial class ShortRemark
{
    private const string Area = "listen_followups";

    // Longer lines carry their own need; a detail added after an answer is a few words.
    private const int MaxDetailLength = 10;

    /// <summary>A kind word ("周末也上班啊 辛苦"), at any point outside a flow: a short friendly answer.</summary>
    public static bool TryFriendly(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (context.State.ActiveFlow is not null || Trouble().IsMatch(compact)
            || !((Friendly().IsMatch(compact) && compact.Length <= 16) || FriendlyQuestion().IsMatch(compact)))
        {
            return false;
        }

        context.State.ClearClarification();
        context.Say(Area + ".friendly_remark");
        return true;
    }

    /// <summary>A detail added after an answer ("20号拍的"): noted with what was just said.</summary>
    public static async Task<bool> TryDetailAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var compact = context.Compact;
        var cues = context.Facts.Cues;

        // Only after an answer: a first line this short has nothing to lean on and is asked about as before.
        if (state.ActiveFlow is not null || state.LastReplies.Count == 0 || compact.Length > MaxDetailLength
            || cues.IsQuestion || cues.Asserted.Count > 0 || Agreement.IsBare(compact) || !Detail().IsMatch(compact)
            || Trouble().IsMatch(compact) || QualityProblems.NamesAProblem(context.Normalized)
            || context.Input.Understanding.Intent is not (IntentIds.QualityReturn or IntentIds.Other or IntentIds.Complaint or IntentIds.Human))
        {
            return false;
        }

        state.ClearClarification();
        await SayDetailAsync(context, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// "早上刚付的", "圆通 三件白色XL那个": the detail confirms the order in focus, so that order is named with where it
    /// stands (the usual shipping day, or the follow-up under way), never a line that only says the detail was heard.
    /// </summary>
    private static async Task SayDetailAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (context.State.LastOrderNumber is not { } number || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            context.Say(Area + ".detail_noted");
            return;
        }

        var slots = context.SlotsOf(order);
        // "16件那套北欧风的" naming an order never paid: it is that order, and nothing was shipped on it.
        if (order is { Status: OrderStatus.Closed, PaidAt: null })
        {
            context.Say(Area + ".detail_closed_unpaid", slots);
            return;
        }

        if (order.Status == OrderStatus.AwaitingShipment && !order.HasRefundUnderWay && !context.Services.Orders.Facts(order).IsPastShippingPromise)
        {
            context.Say(Area + ".detail_unshipped", slots);
            return;
        }

        var followed = (await OpenCases.HereAsync(context, number, cancellationToken).ConfigureAwait(false)).Count > 0;
        context.Say(Area + (followed ? ".detail_followed" : ".detail_order"), slots);
    }

    /// <summary>
    /// "早上刚付的", "九点付的款" right after an answer about an order still to ship: when it was paid confirms that
    /// order, never a refund, a payment method or the shipping window word for word again.
    /// </summary>
    public static bool TryPaid(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastFlow is not (IntentIds.Hurry or IntentIds.Track) || !PaidWhen().IsMatch(context.Compact)
            || state.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: false } order
            || context.Services.Orders.Facts(order).IsPastShippingPromise)
        {
            return false;
        }

        state.ClearClarification();
        context.Say(Area + ".detail_unshipped", context.SlotsOf(order));
        return true;
    }

    [GeneratedRegex("^(?:今天|今早|早上|上午|中午|下午|昨天|昨晚|晚上){0,2}(?:[0-9一二三四五六七八九十两]+点(?:多|半)?)?(?:刚刚?|才)?(?:付|拍|买|下单|付款)(?:的|了)(?:款|单)?[啊呀哈呢]?$")]
    private static partial Regex PaidWhen();

    // A date, a courier, a colour or size, or "还是原来的": a detail of what was just discussed, said as a statement.
    [GeneratedRegex(@"(\d+号|\d+日|[中圆申韵]通|顺丰|京东|邮政|极兔|德邦|[色码号]的?$|的$|还是|原来的|忘了付|没付)")]
    private static partial Regex Detail();

    [GeneratedRegex("(辛苦|周末也上班|周末也在|这么晚还在|还没下班|态度(真|很|挺)好|服务(真|很|挺)好|真耐心|好评)")]
    private static partial Regex Friendly();

    [GeneratedRegex("(周末|晚上|节假日)(也|还)(上班|在)[啊吗呀呢]")]
    private static partial Regex FriendlyQuestion();

    // Words of trouble are a need of their own, never small talk or a detail.
    [GeneratedRegex("(坏|破|漏|错|差|慢|没收到|投诉|退|换|烂|假|骗|垃圾|怎么回事)")]
    private static partial Regex Trouble();
}

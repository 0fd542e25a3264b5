using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// After this chat took up a courier who wants money to deliver or will not deliver: "这钱该我出吗 包邮的啊" is told the
/// money is not the buyer's to pay (never the free-shipping policy again), "又不是山沟沟" is agreed with, and "算了 让他先放驿站吧 你们不用管了" lets the
/// buyer's choice stand: the courier follow-up is withdrawn and the buyer told so, never pressed further. "快递员还在楼下等着呢"
/// is told what to say to the courier now, and a person calls the courier.
/// </summary>
public static partial class CourierFeeFollowUp
{
    /// <summary>How the courier-fee follow-up begins (<see cref="PolicyTopics"/>).</summary>
    public const string NoteStart = "快递要求加收派送费";

    /// <summary>How the track flow's follow-up of a courier who will not deliver begins.</summary>
    private const string CourierReported = "买家反映快递";

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dropped = Dropped().IsMatch(context.Compact);
        var waiting = !dropped && WaitingNow().IsMatch(context.Compact);
        var grumbled = !dropped && !waiting && !WhoPays().IsMatch(context.Compact) && Grumbles().IsMatch(context.Compact) && !context.Facts.Cues.IsQuestion;
        if (!dropped && !grumbled && !waiting && !WhoPays().IsMatch(context.Compact))
        {
            return false;
        }

        foreach (var order in context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(o => o.Status == OrderStatus.Shipped))
        {
            var noted = (await OpenCases.HereAsync(context, order.OrderNumber, cancellationToken, CaseKind.LogisticsFollowUp).ConfigureAwait(false))
                .Where(c => c.Description is { } d && (d.StartsWith(NoteStart, StringComparison.Ordinal) || d.StartsWith(CourierReported, StringComparison.Ordinal))).ToList();
            if (noted.Count == 0)
            {
                continue;
            }

            context.State.ClearClarification();
            context.State.LastOrderNumber = order.OrderNumber;
            // "快递员还在楼下等着呢": what to tell the courier now, and a person who calls the courier's depot at once.
            if (waiting)
            {
                context.Say("policy_topics.courier_fee_waiting", context.SlotsOf(order));
                context.NeedPerson(PolicyTopics.CourierFeeReason);
                return true;
            }

            if (!dropped)
            {
                context.Say(grumbled ? "policy_topics.courier_fee_agreed" : "policy_topics.courier_fee_not_yours", context.SlotsOf(order));
                return true;
            }

            foreach (var record in noted)
            {
                await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, "买家让快递放驿站自取，不用再联系快递", cancellationToken).ConfigureAwait(false);
            }

            context.Say("policy_topics.courier_fee_dropped", context.SlotsOf(order));
            return true;
        }

        return false;
    }

    /// <summary>"你们不用管了", "算了", "我自己去拿": the buyer lets the chase go; "能让他放驿站吗" alone is a wish to pass on.</summary>
    [GeneratedRegex("(?:不用|不要|别|不必)(?:你们)?(?:再)?(?:管|找快递|联系快递|催|麻烦|操心)|算了|不折腾|我自己去(?:站点|驿站)?(?:拿|取)")]
    private static partial Regex Dropped();

    /// <summary>"快递员还在楼下等着呢", "人就在门口等我": the courier waits at the door right now.</summary>
    [GeneratedRegex("(?:快递员?|快递小哥|小哥|师傅|他|人)[^，。]{0,4}(?:在楼下|在门口|在小区门口|楼下等|门口等|等着|在等)|(?:还在|正在|就在)(?:楼下|门口)(?:等)?")]
    private static partial Regex WaitingNow();

    /// <summary>"我家就在小区里面 又不是山沟沟": the buyer protests at the courier, asking nothing new; agreed with, the chase said.</summary>
    [GeneratedRegex("又不是|凭什么|明明|本来就|就在(?:小区|楼下|市区|城里|市里)|不偏|不远|山沟|太过分|离谱|坑人|乱收")]
    private static partial Regex Grumbles();

    /// <summary>
    /// "这钱该我出吗", "要我付吗", "凭什么我出", "这钱我不出", "不是包邮吗": whose money the courier's fee is; "我不给这钱可以吧",
    /// "这5块我不付行吧", "可以不给他钱吧": the buyer checks she may refuse it, which the same answer confirms.
    /// </summary>
    [GeneratedRegex("(?:可以|能|就)?不(?:用|必)?(?:出|付|给)(?:他|快递员?|小哥|师傅)?(?:这|那)?(?:个|笔|份)?(?:钱|费|[0-9]+块)?[^，。]{0,2}(?:可以|行|没事|没问题|对|也行|应该)(?:吧|吗|么|嘛|不|的吧|没)|(?:可以|能)不(?:出|付|给)[^，。]{0,6}(?:吧|吗|么|嘛)$|(?:钱|费|这笔)[^，。]{0,4}(?:该|要|得|由)?我(?:出|付|给)|(?:钱|费|这笔)[^，。]{0,2}我(?:可)?不(?:出|付|给)|(?:要|该|得)我(?:出|付|给)|凭什么(?:让)?我(?:出|付|给)|我(?:要|该|得)(?:出|付|给)(?:吗|么|嘛|不)|包邮(?:的)?(?:啊|吗|呀|的)")]
    private static partial Regex WhoPays();
}

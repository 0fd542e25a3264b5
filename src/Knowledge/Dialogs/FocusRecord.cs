using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A short line right after this chat recorded a refund or a change on an order not yet shipped, that only adds to it:
/// "别发了啊" after the refund is that refund (never a hold or a hurry), as it is for a refund the buyer asked for earlier, "不要退全款" after a quantity cut keeps it with nothing withdrawn, "还没发吧" is the order's state, and
/// "120的怕小 孩子长得快", "颜色不变 还是红的" after a size change are the reason and a detail of that change (never a
/// quality problem, nor a menu of other orders).
/// </summary>
public static partial class FocusRecord
{
    private const string Area = "focus";

    /// <summary>Longer lines carry a need of their own; a detail added in passing is short.</summary>
    private const int MaxDetailLength = 20;

    /// <summary>
    /// "_noted" for a size, colour or spec change: a paid order cannot take it in place, so it stands only as the buyer's
    /// wish, and nobody is said to check whether it can be done; a courier or fewer pieces is a colleague's to confirm.
    /// </summary>
    private static string NotedOnly(CaseRecord change) =>
        change.Description is { } description && OrderChanges.Read(description) is { Kind: OrderChangeKind.Size or OrderChangeKind.Colour or OrderChangeKind.Spec }
            ? "_noted" : string.Empty;

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || state.LastOrderNumber is not { } number
            || OrderResolver.Named(context).Any(o => o.OrderNumber != number)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment } order)
        {
            return false;
        }

        var latest = (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.RefundRequest, CaseKind.OrderChange).ConfigureAwait(false))
            .OrderBy(c => c.CreatedAt).LastOrDefault();
        var compact = context.Compact;
        // "千万别发货啊 我已经在别家买了" while the order's own refund waits for the shop: that refund keeps it from shipping.
        if (latest is null && order.HasRefundUnderWay && StopsShipping().IsMatch(compact))
        {
            context.Say($"{Area}.refund_pending_stop", context.SlotsOf(order));
            return true;
        }

        // "还是留3包吧 退1包" after a cut was recorded: the count is corrected (DialogEngine.CorrectsOrderChangeAsync), never read as its money.
        if (latest is not null && FewerPiecesRecord.OtherCount(compact, latest, order) is not null)
        {
            return false;
        }

        // "其他的先别发" after a cut whose money a colleague checks: the rest of the order is held beside it.
        if (latest is not null && await CutHeld.TryHoldAsync(context, order, latest, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        // "别给我整单退啊" after a whole refund and then a change were recorded here: the refund goes, the change stands.
        var withdrawn = latest?.Kind == CaseKind.OrderChange && WholeRefused().IsMatch(compact)
            && await WithdrawWholeRefundsAsync(context, number, cancellationToken).ConfigureAwait(false) ? "_refund_withdrawn" : string.Empty;
        switch (latest?.Kind)
        {
            case CaseKind.RefundRequest when StopsShipping().IsMatch(compact) || AsksIfShipped().IsMatch(compact):
                context.Say(StopsShipping().IsMatch(compact) ? $"{Area}.refund_stop" : $"{Area}.refund_unshipped", context.SlotsOf(order));
                return true;
            // Fewer pieces wait for a colleague's check: whether the money comes back is not the bot's to promise.
            case CaseKind.OrderChange when FewerPiecesRecord.IsCut(latest) && (WholeRefused().IsMatch(compact) || AsksMoney().IsMatch(compact) || AsksIfShipped().IsMatch(compact)):
                // "不用全退哦 全退了还得重拍": the whole refund turned down is not offered again as the way out.
                context.Say(WholeRefused().IsMatch(compact) ? $"{Area}.cut_checked_not_whole{withdrawn}" : $"{Area}.cut_checked", new Dictionary<string, string?>(Slots(context, order, latest), StringComparer.Ordinal)
                {
                    [TemplateSlots.Amount] = FewerPiecesRecord.AskedSum(latest, order),
                });
                return true;
            case CaseKind.OrderChange when WholeRefused().IsMatch(compact):
                context.Say($"{Area}.change_not_whole{withdrawn}", Slots(context, order, latest));
                return true;
            case CaseKind.OrderChange when AsksIfShipped().IsMatch(compact):
                context.Say($"{Area}.change_unshipped{NotedOnly(latest)}", Slots(context, order, latest));
                return true;
            case CaseKind.OrderChange when AsksSizeFits(compact, latest) && !NamesOtherValue(context, latest):
                context.Say($"{Area}.change_size_fit", Slots(context, order, latest));
                return true;
            case CaseKind.OrderChange when AddsDetail(context) && !NamesOtherValue(context, latest):
                context.Say($"{Area}.change_detail{NotedOnly(latest)}", Slots(context, order, latest));
                return true;
            default:
                return false;
        }
    }

    /// <summary>The whole refunds this chat recorded on the order, withdrawn; true when there was one.</summary>
    private static async Task<bool> WithdrawWholeRefundsAsync(FlowContext context, string orderNumber, CancellationToken cancellationToken)
    {
        var refunds = await OpenCases.HereAsync(context, orderNumber, cancellationToken, CaseKind.RefundRequest).ConfigureAwait(false);
        foreach (var refund in refunds)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, refund.Id, "买家不要整单退款，只按登记的修改办，其余照常发货", cancellationToken).ConfigureAwait(false);
        }

        return refunds.Count > 0;
    }

    /// <summary>A reason or a detail of the change, short, with nothing in it that asks for something else.</summary>
    private static bool AddsDetail(FlowContext context)
    {
        var compact = context.Compact;
        return compact.Length <= MaxDetailLength && DetailWords().IsMatch(compact) && !OtherNeed().IsMatch(compact)
            && !ChangePriceDifference.IsAsked(compact) && context.Facts.Address?.City is null;
    }

    /// <summary>
    /// "孩子身高125 130够吗" after a size change: whether the new size fits is the size chart's to say (the shop keeps
    /// none here), so the buyer is pointed to it and told the recorded size can still be changed, never the general size
    /// text that ends in returning goods not yet shipped.
    /// </summary>
    private static bool AsksSizeFits(string compact, CaseRecord record) =>
        record.Description?.Contains("尺码", StringComparison.Ordinal) == true && compact.Length <= MaxDetailLength + 10 && SizeFit().IsMatch(compact);

    /// <summary>
    /// "不对 130怕还是小 有就140": a correction, or another size or colour than the record's, changes the record
    /// (DialogEngine.CorrectsOrderChangeAsync); it is no detail of it.
    /// </summary>
    private static bool NamesOtherValue(FlowContext context, CaseRecord record) =>
        context.Facts.Cues.IsCorrection
        || (OrderChanges.Read(Changed(record)) is { } recorded && OrderChanges.OtherValue(context.Normalized, recorded) is not null);

    /// <summary>What the record changes, without the product it names in brackets ("尺码从120cm改成130cm").</summary>
    private static Dictionary<string, string?> Slots(FlowContext context, Order order, CaseRecord record) =>
        new(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Change] = Changed(record) };

    private static string Changed(CaseRecord record)
    {
        var description = record.Description ?? string.Empty;
        var cut = description.IndexOfAny(['（', '：', '(']);
        return cut > 0 ? description[..cut] : description;
    }

    // "别发了啊", "千萬不要發了", "不用给我发出来了": the order that is being refunded must not go out.
    [GeneratedRegex("(?:别|不要|不用|千万别|千万不要|千萬不要|千萬別|先别|不能|不许)(?:再)?(?:给我)?(?:发|發|寄)(?:了|出来|出去|货|走|過來|过来)?(?:了|啊|哦|呀|哈|吧)*$|(?:别|不要|不用)(?:再)?(?:给我)?(?:发|發|寄)(?:了|出来|出去|货)")]
    private static partial Regex StopsShipping();

    // "还没发吧", "还没发货的吧", "发了没", "發出去了嗎": whether the order has left; "能跟四件套一起发吗" asks to combine instead.
    [GeneratedRegex("(?:还|還)?没(?:有)?(?:发|發)(?:货|貨|出去|出来)?(?:的)?(?:吧|吗|嗎|呢)|(?<!一起|一块|一塊|一同|合并|同时)(?:发|發)(?:了|货了|出去了|走了)?(?:没|沒|吗|嗎)(?:有)?$")]
    private static partial Regex AsksIfShipped();

    // "130够吗", "身高125穿得下吗", "会不会小", "120怕小": whether the size chosen fits.
    [GeneratedRegex("怕(?:会|是)?(?:有点|太)?(?:小|大|紧|短|不够|穿不了|穿不下)|够(?:吗|嗎|不|么|穿)|合适(?:吗|嗎|不|么)|穿得下|穿不下吗|会不会(?:小|大)|(?:大|小)不(?:大|小)|身高|體重|体重|多高|几斤|多重")]
    private static partial Regex SizeFit();

    // "不要退全款", "不是整单退": the recorded cut stands, the rest ships; nothing is withdrawn, so "不用办了" would mislead.
    [GeneratedRegex("(?:不要|不用|别|不想|不是要?|没让|没说|没要)(?:给我)?要?(?:退全款|退全部|退整单|(?:整单|全部|全|全额|全款)(?:都)?(?:给我)?退|退全额|取消整单|整单(?:给我)?取消)")]
    private static partial Regex WholeRefused();

    // "多的两份钱能退不", "钱会退回来吗", "退多少", "差价什么时候到账": the money of the change.
    [GeneratedRegex("钱|退多少|多少钱|退回来|退给我|能退|会退|退不退|退吗|到账|怎么退")]
    private static partial Regex AsksMoney();

    // A reason (怕小, 长得快, 个子高) or a detail kept (颜色不变, 还是红的, 别的不变) of a change.
    [GeneratedRegex("怕|因为|长得|长高|个子|窜|穿不了|穿不下|明年|合适|偏小|偏大|太小|太大|不变|不改|不用改|不动|照旧|还是|一样|别的|其他|其它")]
    private static partial Regex DetailWords();

    // Anything that asks for something of its own: a refund, a return, a hurry, an invoice, a fault, a parcel, another
    // change, the change taken back ("还是按原来的", "不换了") or a second choice ("没有灰的话").
    [GeneratedRegex("退|取消|不要了|原来|原样|不换了|不改了|不用改了|不要改了|不用换了|算了|的话|撤|没有|地址|电话|催|快点|尽快|发票|坏|破|漏|少了|质量|物流|快递|到哪|(?<![不别用])(?:改成|换成|改为|换个|改个)|[0-9]{2,3}(?:码|cm)?的吧|[?？]")]
    private static partial Regex OtherNeed();
}

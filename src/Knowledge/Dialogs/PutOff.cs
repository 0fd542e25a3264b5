using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "好的那我再等等 到时候没到再来找你", "算了算了太麻烦 我晚点再说吧", "算了我晚点再弄 先这样", "那太麻烦了 算了 收到再说吧", "好吧 那我晚上再看看": after an
/// answer the buyer ends the matter for now. Nothing is recorded (no hold, no refund) and nothing is pushed again; the buyer hears
/// that they can come back; "超过半个月了我再来找你们", "那我半个月后再看" after a payout time is the same. "那等收到试了再说吧" after an exchange or return was recorded here for goods not yet in hand
/// takes that record back: it was opened too early; "那我想想" after a size change was noted here keeps that note, "先不弄了" takes it back.
/// </summary>
public static partial class PutOff
{
    public const string Reply = "closing.put_off";

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cues = context.Facts.Cues;
        if (context.State.ActiveFlow is not null || context.State.LastReplies.Count == 0 || cues.Asserted.Count > 0
            || context.Input.PhotoUrls.Count > 0 || context.Facts.Address is not null || !Says(context.Compact))
        {
            return false;
        }

        var withdrawn = UntilReceived().IsMatch(context.Compact)
            ? await WithdrawEarlyAsync(context, cancellationToken).ConfigureAwait(false)
            : Drops().IsMatch(context.Compact) || OrderChanges.HoldsOff(context.Compact) ? await WithdrawChangeAsync(context, cancellationToken).ConfigureAwait(false)
            : await KeepChangeAsync(context, cancellationToken).ConfigureAwait(false);
        if (!withdrawn && AsksSomeone().IsMatch(context.Compact))
        {
            // "等我问问我老公", "我问下家里人再说": she decides with someone else; what was said and recorded here is kept.
            context.Say(await OpenCases.AwaitedOnFocusAsync(context, cancellationToken).ConfigureAwait(false) ? Reply + "_asking_kept" : Reply + "_asking");
        }
        else if (!withdrawn)
        {
            context.Say(UntilReceived().IsMatch(context.Compact) && TriedOn().IsMatch(context.Compact) ? Reply + "_until_received"
                : await ToldWhenKnown.AwaitsColleagueAsync(context, cancellationToken).ConfigureAwait(false) ? ToldWhenKnown.Reply
                : Reply);
        }

        return true;
    }

    /// <summary>
    /// "那先不弄了 晚点再说" right after a size, colour, spec or quantity change was noted here on a paid order: the change is
    /// dropped, so the note is withdrawn (nobody acts on it) and the ways still open are told; false when no such change is open.
    /// </summary>
    private static async Task<bool> WithdrawChangeAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (await OpenChangesAsync(context, cancellationToken).ConfigureAwait(false) is not ({ } order, { Count: > 0 } changes))
        {
            return false;
        }

        foreach (var record in changes)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, "买家不改了，撤回修改备注，按原订单发货", cancellationToken).ConfigureAwait(false);
        }

        // "只要两份" put off: fewer pieces were asked for, so the whole quantity ships, never "想换的话".
        var fewer = changes.All(r => OrderChanges.Read(r.Description!)?.Kind == OrderChangeKind.Quantity);
        // "先别动 晚上试试再说": the change held off, the order ships as bought, no refund started.
        var heldOff = !fewer && OrderChanges.HoldsOff(context.Compact);
        // "要是得退款重拍就算了 到了不合适再说": the refund path turned down is never offered again; the exchange after receipt is.
        var declined = !fewer && DeclinedOnCondition.Declines(context.Compact);
        context.Say(OrderChangeFlow.FlowId + (fewer ? ".put_off_quantity" : heldOff ? OrderChanges.HeldOffTemplate(context.Services.Orders.Facts(order))
            : declined ? ".withdrawn_exchange_later" : ".put_off"), context.SlotsOf(order));
        return true;
    }

    /// <summary>
    /// "晚点再说", "我再想想" right after such a change was noted: she puts off talking, not the change, so the note stays for
    /// the colleague and she hears she can come back or call it off ("算了不要改了 就120" withdraws it then).
    /// </summary>
    private static async Task<bool> KeepChangeAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (await OpenChangesAsync(context, cancellationToken).ConfigureAwait(false) is not ({ } order, { Count: > 0 }))
        {
            return false;
        }

        context.Say(OrderChangeFlow.FlowId + ".put_off_kept", context.SlotsOf(order));
        return true;
    }

    /// <summary>The unshipped order a change was just noted on here, with its open size, colour, spec or quantity changes.</summary>
    private static async Task<(Order Order, List<CaseRecord> Changes)?> OpenChangesAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (context.State.SaidTemplates.LastOrDefault() is not { } last || last.StartsWith("refund", StringComparison.Ordinal) || last.Contains("return", StringComparison.Ordinal)
            || context.State.LastOrderToldOf(OrderChangeFlow.FlowId + ".") is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment } order)
        {
            return null;
        }

        var changes = (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.OrderChange).ConfigureAwait(false))
            .Where(r => r.Description is { } d && OrderChanges.Read(d) is { Kind: OrderChangeKind.Size or OrderChangeKind.Colour or OrderChangeKind.Spec or OrderChangeKind.Quantity })
            .ToList();
        return (order, changes);
    }

    /// <summary>The exchanges and returns this conversation left open on the order in focus are withdrawn; false when none was.</summary>
    private static async Task<bool> WithdrawEarlyAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (context.State.LastOrderNumber is not { } last || context.Services.Orders.Find(context.Input.BuyerId, last) is not { } order)
        {
            return false;
        }

        var records = await context.Actions.CasesOfOrderAsync(context.Turn, last, cancellationToken).ConfigureAwait(false);
        var early = records.Where(r => r.Status == CaseStatus.Open && r.ConversationId == context.Input.ConversationId
            && r.Kind is CaseKind.Exchange or CaseKind.Return).ToList();
        foreach (var record in early)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, "买家说商品还没收到，等收到试过再说，撤回登记", cancellationToken).ConfigureAwait(false);
        }

        if (early.Count > 0)
        {
            context.Say("closing.put_off_withdrawn", context.SlotsOf(order));
        }

        return early.Count > 0;
    }

    public static bool Says(string compact) => (PutsOff().IsMatch(compact) || AsksSomeone().IsMatch(compact)) && !Asks().IsMatch(compact);

    // "等我问问我老公", "我问下家里人再说", "跟我老婆商量一下", "等我媳妇回来再定", "問問我媽": someone else decides with her.
    [GeneratedRegex("(问问|问一下|问下|问一问|商量(一下|下)?|等)(一下|下)?(我|我家)?的?(老公|老婆|媳妇|爱人|对象|家里人?|家人|爸妈|爸|妈|孩子|朋友|室友|男朋友|女朋友|男票|女票|领导|老板|同事)|(和|跟)(我|我家)?的?(老公|老婆|媳妇|爱人|对象|家里人?|家人|爸妈|爸|妈|孩子|朋友|室友|男朋友|女朋友|男票|女票|领导|老板|同事)(商量|说一声|说下|讨论|合计|看看)|(家里人|家人|老公|老婆|媳妇|爱人)(商量|问问|看看|回来)(一下|下)?(再|了再|以后再)")]
    private static partial Regex AsksSomeone();

    [GeneratedRegex("(再|先)等等|等等看|先等着|我(先|就)?等(一下|下|着)|再等(一下|几天|两天)|(到时候|回头|之后|过几天|改天|收到|到了|拿到)(了)?(试穿?|穿|用|看)?(了|过|一下|看)?(还)?(没到|没收到|没看到|不行|有问题|有事)?(的话)?([再在]说|再来|再找|再联系|再问)|(晚点|晚些|晚一点|回头|以后|过几天|改天|有空|明天|周末|待会儿?|等会儿?)(我)?再(说|弄|装|试|搞|研究|折腾|鼓捣)|(晚点|晚些|晚上|明天|明早|待会儿?|等会儿?|一会儿?|过会儿?|回头)(我)?再(看看|看一下|查查|查一下|刷新|刷一下|刷刷|看(?=吧|啦|了|哈|$))|(半个月|一个月|个月|一周|一星期|两周|几天|\\d+天|工作日)(以?后|之后|了)?(还没(到|收到|看到|退回来?|到账))?(的话)?(那)?(我)?再(来|找|看|说|联系|问|查)|(我)?再想想|我想想|考虑(考虑|一下|下)|算了.{0,4}(太)?麻烦|太麻烦.{0,3}算了")]
    private static partial Regex PutsOff();

    // "等收到试了再说", "拿到穿过再说", "等到了试了在说吧" (在 typed for 再): the goods are not in hand yet.
    [GeneratedRegex("(等|到时候)?(收到|到了|拿到|到货)(了)?(试穿?|穿|用|看)?(了|过|一下|看)?([再在]说|再来|再找|再联系|再问|再换|再决定)")]
    private static partial Regex UntilReceived();

    // "那先不弄了", "算了不改了 晚点再说": the change itself is dropped, not only the talk put off.
    [GeneratedRegex("不弄了|不改了|不换了|不要改|不用改|别改|不用换|不要换|算了")]
    private static partial Regex Drops();

    // "等到了试了再说", "拿到穿过再说": the goods are tried before anything is decided.
    [GeneratedRegex("试|穿")]
    private static partial Regex TriedOn();

    /// <summary>
    /// "收到再说 能先开发票吗", "晚点再说吧 那单不会被你们关掉吧", "退货就算了 太麻烦 你们补偿点吧": a request or a
    /// worry beside the put-off is that request ("再等几天" asks nothing).
    /// </summary>
    [GeneratedRegex("[?？吗嘛么]|能不能|可不可以|会不会|不会[^，,。]{0,10}吧|帮我|给我|照片|图片|发图|补偿|赔偿|赔点|补点|补些|补贴")]
    private static partial Regex Asks();
}

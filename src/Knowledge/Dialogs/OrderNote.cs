using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "帮我备注一下 包好一点", "跟仓库说发货前检查一下", "送人的 别放发票": a note for the warehouse on an order that has
/// not shipped. The warehouse reads the order's notes, so the note is recorded in the shop's words and the buyer told;
/// nobody needs to be called for it.
/// </summary>
public static partial class OrderNote
{
    public static async Task<bool> TryRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Compact;
        if (WrapWords().IsMatch(text) && OrderOf(context) is { } noted && await HasGiftNoteAsync(context, noted, cancellationToken).ConfigureAwait(false))
        {
            // "有没有礼盒 有的话帮我装一下" once the gift was noted: no box, and the note on the order stays, never offered again.
            context.Say("listen_open.no_gift_box_note_kept", context.SlotsOf(noted));
            return true;
        }

        // "送人的，收件人帮我改成张秀兰 136…": the new recipient is the change asked for, recorded by the address flow
        // with the note beside it, never the note alone.
        if (AskedIn(text) is not { } note || ChangesRecipient(context))
        {
            return false;
        }

        if (ShippedNamed(context) is { } packed)
        {
            // "保温杯是送我爸的 包裹里能别放价格单吗" about a cup already on its way: packed as it is, said plainly.
            context.Say("listen_open.note_after_shipped", context.SlotsOf(packed));
            return true;
        }

        if (OrderOf(context) is not { } order)
        {
            return false;
        }

        var slots = new Dictionary<string, string?>(context.SlotsOf(order)) { [Templates.TemplateSlots.Change] = note };
        // The same note asked for again ("能备注下别放价格单吗" after it was noted) stands; a second record would be a duplicate.
        var records = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        if (records.Any(r => r.Status == Cases.CaseStatus.Open && r.Kind == Cases.CaseKind.OrderChange && r.Description == note))
        {
            // "包裹里别放价格单哈 再帮忙写张卡": the note stands, and the card is what this line asks.
            if (!await CardWish.TryNoteAsync(context, order, slipKept: true, cancellationToken).ConfigureAwait(false))
            {
                context.Say("listen_open.note_already", slots);
            }

            return true;
        }

        await context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, OrderNoteWithdrawal.NoteReason, note, cancellationToken).ConfigureAwait(false);
        context.Say("listen.order_note_recorded", slots);
        // "今天能发吗 还有帮我备注送人": when it ships is the other half of the line, answered with the note, never skipped.
        if (ShipTimeAsked().IsMatch(text) && !context.Services.Orders.Facts(order).IsPastShippingPromise)
        {
            context.Say("track.not_shipped_within_promise", context.SlotsOf(order));
        }
        // "送婆婆的 能包装好看点吗", "别放价格单 能帮写个卡片吗": the note is what the shop can do; that there is no gift
        // box nor card is said at once.
        if (await CardWish.TryNoteAsync(context, order, slipKept: false, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        if (NiceWrapWords().IsMatch(text) || WrapWords().IsMatch(text))
        {
            context.Say("listen_open.no_gift_box");
        }

        return true;
    }

    /// <summary>The note the line asks the warehouse for, in the shop's words, or null when it asks for none.</summary>
    public static string? AskedIn(string compactText)
    {
        // "能包装成礼物吗" asks for a service, answered from the gift-wrap policy; no note is written for it.
        // "周二要送人的 能到吗" asks when a parcel arrives; the gift is why, not a note to write.
        // "其中一套是送我妈的 能不能分开寄": splitting the order is asked, which the shop's policy answers; the gift is why.
        // "两套枕套是送人的 能不能12月5号以后再发", "…12月3号左右再发": the hold is asked, the gift is why; no note the buyer
        // did not ask for.
        // "袜子今天能发吗 周三要送人 急": the "能…吗" asks when it ships, the gift is why; no note the buyer did not ask for.
        // "备注下别放价格单 有礼盒的话装一下": the note is asked for beside the box, and written.
        // "别放价格单 能包个礼盒就更好了": the slip left out is a note asked for beside the box, and written.
        ArgumentNullException.ThrowIfNull(compactText);
        var text = compactText;
        var boxOnly = WrapWords().IsMatch(text) && !NoteWords().IsMatch(text) && !SlipLeftOut().IsMatch(text);
        return boxOnly || SplitAsked().IsMatch(text)
            || !(NoteWords().IsMatch(text) || (Asks().IsMatch(ShipTimeAsked().Replace(text, string.Empty)) && !ArrivalAsked().IsMatch(text) && !HoldAsked().IsMatch(text)))
            ? null
            : Read(text);
    }

    /// <summary>
    /// "12月1号再发 不要放价格单": the packing note said beside a hold, written too and said in one line after the hold's
    /// answer; a gift named only as the reason for the hold asks for no note.
    /// </summary>
    public static async Task NoteBesideHoldAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        var text = context.Compact;
        if (!(SlipLeftOut().IsMatch(text) || CheckWords().IsMatch(text) || PackWords().IsMatch(text) || NoteWords().IsMatch(text)) || Read(text) is not { } note)
        {
            return;
        }

        var records = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        if (!records.Any(r => r.Status == Cases.CaseStatus.Open && r.Kind == Cases.CaseKind.OrderChange && r.Description == note))
        {
            await context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, OrderNoteWithdrawal.NoteReason, note, cancellationToken).ConfigureAwait(false);
        }

        context.Say("listen.order_note_beside", new Dictionary<string, string?>(context.SlotsOf(order)) { [Templates.TemplateSlots.Change] = note });
    }

    /// <summary>
    /// "收件人改成张秀兰 136…", "电话换成139…": a new recipient, phone or address given in the line; or "是送朋友的 收件人
    /// 帮我改一下", the change asked before its details, where the gift is why and no slip or note is asked for.
    /// </summary>
    private static bool ChangesRecipient(FlowContext context) =>
        context.Guard.Acts(RecipientChange())
        && (context.Facts.Address is { RecipientName: not null } or { Mobile: not null } or { HasFullAddress: true }
            || !(SlipLeftOut().IsMatch(context.Compact) || NoteWords().IsMatch(context.Compact)));

    /// <summary>What to tell the warehouse, in the shop's words, or null when the line asks for no packing or checking.</summary>
    public static string? Read(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        var parts = new List<string>();
        if (CheckWords().IsMatch(compactText))
        {
            parts.Add("发货前检查商品是否完好");
        }

        if (PackWords().IsMatch(compactText))
        {
            parts.Add("包装加固");
        }

        if (GiftDestination().IsMatch(compactText) || SlipLeftOut().IsMatch(compactText))
        {
            parts.Add("送礼，包裹内不放价格单据");
        }

        return parts.Count == 0 ? null : "买家要求" + string.Join("、", parts);
    }

    private static async Task<bool> HasGiftNoteAsync(FlowContext context, Order order, CancellationToken cancellationToken) =>
        (await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false))
            .Any(r => r.Status == Cases.CaseStatus.Open && r.Kind == Cases.CaseKind.OrderChange && r.Description is { } d && d.Contains("送礼", StringComparison.Ordinal));

    /// <summary>The order named, else the unpaid order just talked about, else the buyer's only order waiting to ship.</summary>
    /// <summary>The order named, when it has left the warehouse already and no note can reach its parcel.</summary>
    private static Order? ShippedNamed(FlowContext context) =>
        context.Facts.MatchedOrderNumbers is [var first, ..]
            ? context.Services.Orders.OrdersOf(context.Input.BuyerId).FirstOrDefault(o => o.OrderNumber == first && o.Status is OrderStatus.Shipped or OrderStatus.Completed)
            : null;

    private static Order? OrderOf(FlowContext context)
    {
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var waiting = orders.Where(o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay).ToList();
        var named = context.Facts.MatchedOrderNumbers;
        if (named.Count > 0)
        {
            return orders.FirstOrDefault(o => o.OrderNumber == named[0] && (o.Status == OrderStatus.AwaitingPayment || waiting.Contains(o)));
        }

        // "里面别放价格单啊" about the tote she is paying for: the warehouse reads the note once the order is paid.
        if (orders.FirstOrDefault(o => o.OrderNumber == context.State.LastOrderNumber && o.Status == OrderStatus.AwaitingPayment) is { } unpaid)
        {
            return unpaid;
        }

        // The order just talked about has left already ("保温杯发了没" then "送人的"): no other order is noted silently.
        if (context.State.LastOrderNumber is { } focus && waiting.All(o => o.OrderNumber != focus))
        {
            return null;
        }

        return waiting.Count == 1 ? waiting[0] : null;
    }

    [GeneratedRegex("(?:收件人|收货人|联系人|名字|姓名|电话|手机|号码|地址)[^，,。]{0,6}(?:改成|改为|改到|换成|换为|写成|改一下|改下)|(?:改|换)(?:一下|下)?(?:收件人|收货人|联系人|电话|手机号?|地址)")]
    private static partial Regex RecipientChange();

    [GeneratedRegex("分开(寄|发|送)|分别(寄|发|送)|拆开(寄|发)|拆单|两个地址|两个地方|分開寄")]
    private static partial Regex SplitAsked();

    [GeneratedRegex("备注|留言给仓库|跟仓库说|和仓库说|告诉仓库|转告仓库|让仓库")]
    private static partial Regex NoteWords();

    [GeneratedRegex("帮我|麻烦|请|能不能|可不可以|可以|希望|一定要|务必|能[^，。？?]{0,8}[吗么嘛]|(不要|别|不用)放|(别|不要|不用)放(啊|哈|呀|哦)?$")]
    private static partial Regex Asks();

    [GeneratedRegex("(发货|发|寄|出库|打包)(前|之前)[^，]{0,4}(检查|看一?下|验)|检查[^，]{0,6}(有没有|是否)(破|坏|裂|瑕疵|问题)|验一下货|验货")]
    private static partial Regex CheckWords();

    [GeneratedRegex("包好|包结实|包严实|包厚|多包|包装(好(?!看)|结实|严实|厚|加固)|加固|气泡膜|泡沫|防压|别压")]
    private static partial Regex PackWords();

    [GeneratedRegex("礼品包装|礼物包装|包装成礼|包成礼|礼盒|贺卡|礼品袋|礼品盒|包装纸")]
    private static partial Regex WrapWords();

    [GeneratedRegex("包装(得)?(好看|漂亮|精美|精致|上档次)|好看(一)?点|漂亮(一)?点")]
    private static partial Regex NiceWrapWords();

    [GeneratedRegex("送人|礼物|送礼|送给?(我)?(婆婆|妈|爸|朋友|长辈|老师|客户|领导|男朋友|女朋友|老公|老婆|闺蜜)")]
    private static partial Regex GiftDestination();

    /// <summary>"别放价格单", "小票不要放": what the parcel should leave out, which a gift needs noted.</summary>
    [GeneratedRegex("(不要|别|不用)(放|夹|塞)(发票|价格|小票|价签|清单|吊牌价)|(价格单|价格单据|价签|小票|发票|清单)[^，。]{0,3}(别|不要|不用)(放|夹|塞)")]
    private static partial Regex SlipLeftOut();

    [GeneratedRegex("(以后|之后|过后|后|号|日|月底|月初|下周|下个?月)(左右|前后|那几天|那天)?(再|才)(发|寄)|先别发|先不要发|先不发|晚点发|晚些发|晚几天|推迟|延后|暂时别发|别急着发")]
    private static partial Regex HoldAsked();

    [GeneratedRegex("(?:能|可以|会|要)?(?:送)?到(?:吗|么|嘛|不)|到得了|来得及|赶得上|赶得及|几天(?:能)?到|多久(?:能)?到")]
    private static partial Regex ArrivalAsked();

    [GeneratedRegex("今天(?:能|可以|会)?发|(?:能|可以)今天发|什么时候发|啥时候发|几时发|哪天发|多久发|明天(?:能|可以|会)发|(?:能|可以)明天发")]
    private static partial Regex ShipTimeAsked();
}

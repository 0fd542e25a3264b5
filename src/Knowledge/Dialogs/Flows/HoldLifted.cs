using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "不用等了 现在发", "我回来了 可以发了" on an order the buyer asked to hold (in this chat or an earlier one): the hold is
/// lifted at once (the delay note cancelled, so the warehouse never reads two notes that contradict each other) and the
/// buyer told so before the shipping answer.
/// </summary>
public static partial class HoldLifted
{
    /// <summary>The buyer says the order may go now.</summary>
    public static bool Lifts(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var text = CompactText.Of(normalizedText);
        // "实在不行发了放驿站也可以" names what to do if the hold cannot be kept: LiftAsync notes it beside the hold.
        return (ShipNow().IsMatch(text) || ((Fallback().IsMatch(text) || SentAnyway().IsMatch(text)) && !NewTime().IsMatch(text))) && !StillHold().IsMatch(text);
    }

    /// <summary>"要是压不了那就算了 正常发吧": shipping as usual only if the hold cannot be kept.</summary>
    public static bool ShipsIfNotHeld(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var text = CompactText.Of(normalizedText);
        return Fallback().IsMatch(text) || SentAnyway().IsMatch(text);
    }

    /// <summary>What the note says the warehouse may do if the hold is not kept, in the buyer's sense.</summary>
    public static string FallbackNote(string normalizedText) =>
        SentAnyway().IsMatch(CompactText.Of(normalizedText ?? string.Empty)) ? "万一没压住已经发出也没关系" : "压不了的话就正常发货";

    /// <summary>"别先发了啊": the hold said again, with no new date or time to ship.</summary>
    public static bool RepeatsHold(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var text = CompactText.Of(normalizedText);
        return text.Length <= 16 && StillHold().IsMatch(text) && !NewTime().IsMatch(text);
    }

    /// <summary>
    /// "别先把四件套发了", "先别发啊" while the order has an open hold: the buyer repeats the hold, which stands; they are
    /// told so and true returned. False when the words do not hold the order or there is no hold to keep.
    /// </summary>
    public static async Task<bool> KeepsHoldAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        // A combined shipment holds the order too, until the other order can go with it.
        if (order.Status != OrderStatus.AwaitingShipment || !StillHold().IsMatch(CompactText.Of(context.Normalized))
            || await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.DelayShipment, CaseKind.CombineShipment).ConfigureAwait(false) is null)
        {
            return false;
        }

        context.Say("delay_shipment.hold_kept", context.SlotsOf(order));
        return true;
    }

    /// <summary>
    /// "就今天早上拍的那单", "对 就是袜子那个" (which order, no wish) or "能备注上吗 怕仓库忘了", "帮我确认一下备注了没" (is it
    /// noted): nothing new is asked, so the hold stands, never lifted into a hurry.
    /// </summary>
    public static bool ConfirmsHold(string normalizedText, bool justHeld)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var text = CompactText.Of(normalizedText);
        // "确定会等到28号以后吧", "能保证吗 别到时候又给我发出去了": doubt about the hold is answered with the hold itself.
        return (text.Length <= 20 && (AsksNoted().IsMatch(text) || (justHeld && PointsAtOrder().IsMatch(text))) && !AsksMore().IsMatch(text)
                || (AsksAssurance().IsMatch(text) && !GivesUp().IsMatch(text)))
            && !ShipNow().IsMatch(text);
    }

    /// <summary>Tells the buyer the open hold on the order stands, with the day it was noted for; false when there is none.</summary>
    public static async Task<bool> TellHeldAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        if (await OpenHoldAsync(context, order, cancellationToken).ConfigureAwait(false) is not { } hold)
        {
            return false;
        }

        // The day is read back from the note the bot wrote itself, never from the buyer's words.
        var day = NotedDay().Match(hold.Description ?? string.Empty);
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [Templates.TemplateSlots.Date] = day.Success ? day.Groups[1].Value : null };
        context.Say(day.Success ? "delay_shipment.hold_confirmed" : "delay_shipment.hold_confirmed_no_date", slots);
        return true;
    }

    /// <summary>
    /// Cancels the open hold on the order, says so and returns true (false when there is none); unless another answer
    /// about the shipping follows (<paramref name="answerFollows"/>), the same reply says when the order is expected to go.
    /// Shipping as usual said only as the fallback ("要是压不了就正常发吧") keeps the hold, noted again with the fallback and
    /// any delivery wish beside it.
    /// </summary>
    public static async Task<bool> LiftAsync(FlowContext context, Order order, bool answerFollows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        if (await OpenHoldAsync(context, order, cancellationToken).ConfigureAwait(false) is not { } hold)
        {
            return false;
        }

        // "要是压不了就正常发吧 让快递放驿站": the hold stands; shipping as usual is only what to do if it cannot be held.
        if (ShipsIfNotHeld(context.Normalized))
        {
            var said = DeliveryWish.Read(context.Compact) is { } read ? DeliveryWish.Said(read) : null;
            var wish = said is null ? string.Empty : "，包裹" + said;
            await context.Actions.WithdrawCaseAsync(context.Turn, hold.Id, "买家补充了压不了时的办法，以新的登记为准", cancellationToken).ConfigureAwait(false);
            var sentAnyway = SentAnyway().IsMatch(context.Compact);
            await context.Actions.RecordDelayShipmentAsync(context.Turn, order.OrderNumber, $"{hold.Description}；{FallbackNote(context.Normalized)}{wish}", cancellationToken).ConfigureAwait(false);
            // "实在不行发了放驿站也可以": the place the buyer offered is said back, so they know it is on the note.
            var template = sentAnyway ? "delay_shipment.fallback_sent_ok" : "delay_shipment.fallback_noted";
            context.Say(said is null ? template : template + "_wish",
                new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [Templates.TemplateSlots.Change] = said });
            return true;
        }

        await context.Actions.WithdrawCaseAsync(context.Turn, hold.Id, "买家要现在发货，推迟发货的备注已撤销", cancellationToken).ConfigureAwait(false);
        context.Say(answerFollows || context.Services.Orders.Facts(order).IsPastShippingPromise ? "delay_shipment.lifted" : "delay_shipment.lifted_ship_by", context.SlotsOf(order));
        return true;
    }

    /// <summary>The open hold noted on an order that has not shipped; null when there is none.</summary>
    private static async Task<CaseRecord?> OpenHoldAsync(FlowContext context, Order order, CancellationToken cancellationToken) =>
        order.Status != OrderStatus.AwaitingShipment ? null
        : await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.DelayShipment).ConfigureAwait(false);

    [GeneratedRegex("现在(?:就)?(?:可以|能)?发|(?:可以|能)发了|不用(?:再)?等了|不用(?:推迟|延迟|晚点发|等到)|别(?:推迟|等)了|不推迟了|照常发|正常发吧|马上发|(?:回来|到家|回家)了.{0,6}发")]
    private static partial Regex ShipNow();

    // "压不了的话就正常发", also with words between once the condition is closed: "要是压不了那就算了 正常发吧", "留不住就算了 照常发".
    [GeneratedRegex("(?:要是|如果|万一|实在)?(?:" + CannotHold + "|不行)(?:的话)?[,，]?(?:那)?(?:就)?(?:还是)?(?:正常|照常|按时)发|(?:" + CannotHold + ")(?:的话|那|就)[^不别]{0,8}?(?:正常|照常|按时|按原来)发|(?:" + CannotHold + "|不行)(?:的话)?(?:那)?(?:就)?(?:先)?发(?:了|出去|出来)?(?:就)?(?:放|存|寄存|送到?)(?:驿站|快递柜|丰巢|代收点|菜鸟|门卫)")]
    private static partial Regex Fallback();

    /// <summary>"要是已经发了也行 邻居帮我收", "要是已经发出去了就算了": a parcel gone before the hold is accepted, never a hurry.</summary>
    [GeneratedRegex("(?:(?:要是|如果|万一|假如)(?:已经)?|已经)(?:发|寄)(?:了|出去了?|出来了?|走了?)?(?:的话)?[,，]?(?:那)?(?:就算了|也行|也可以|也没事|也没关系|也好|也不要紧|没关系|没事|无所谓)")]
    private static partial Regex SentAnyway();

    private const string CannotHold = "压不了|压不住|押不了|押不住|留不了|留不住|不能压|没法压|压不下|不能推迟|没法推迟|推迟不了|不能延迟|延迟不了|不能晚点发|晚点发不了|不能晚发";

    [GeneratedRegex("先别发|先不要发|先不发|晚点发|晚些发|再晚|推迟到|延到|(?:别|不要)先(?:把.{0,8})?(?:发|寄)|先(?:别|不要)把.{0,8}(?:发|寄)")]
    private static partial Regex StillHold();

    [GeneratedRegex("备注(上|好|了|下)?(了)?(吗|没|么|嘛|没有)|(能|可以)备注|备注上|确认.{0,4}备注|(记|写)(下|上|好)了?(吗|没|么)|怕.{0,6}忘")]
    private static partial Regex AsksNoted();

    [GeneratedRegex("(确定|确认|保证|真的|肯定)(会|能)?(等|压|不发|不会发|不寄)|(会|能)等到.{0,8}(吧|吗|么|嘛)|能(保证|确定)(吗|么|嘛)|(不会|别)(到时候)?(又|提前|先)?(给我)?(发|寄)(出去|走|了)(吧|吗|么|嘛)?|别到时候.{0,6}(发|寄)")]
    private static partial Regex AsksAssurance();

    [GeneratedRegex("不要了|退款|取消|不想要")]
    private static partial Regex GivesUp();

    [GeneratedRegex("(那单|那單|这单|這單|那个|那個|这个|這個|那件|那笔)(吧|啊|呀|哈)?$|就是.{0,8}(那|这|這)")]
    private static partial Regex PointsAtOrder();

    // Anything asked besides which order: to hurry, cancel, refund or change it is for the flows to hear.
    [GeneratedRegex("催|快点|快些|尽快|赶紧|早点|马上|急|退|取消|不要了|地址|发票|改|换|不推迟|别推迟|为什么|怎么")]
    private static partial Regex AsksMore();

    [GeneratedRegex("推迟到(.+?)再发货")]
    private static partial Regex NotedDay();

    [GeneratedRegex("[0-9]|周|星期|礼拜|号|月|天|以后|之后|再发|再寄")]
    private static partial Regex NewTime();
}

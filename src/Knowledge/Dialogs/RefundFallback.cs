using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "压不了的话就先退了吧 我回来再重新拍" after this chat noted a hold, "要是只能全退的话 那全退了我重拍一套也行" after it
/// noted fewer pieces, "改不了的话就全退" after another change, on an order still to ship: a whole refund only if the
/// colleague cannot do what was asked. Nothing is refunded now and no reason is asked; the fallback goes on that record
/// in one wording (recorded again with it, the earlier one withdrawn), and the buyer hears that the record stands, that
/// an unshipped order is refunded from the order page and that a new order is at the page's price.
/// </summary>
public static partial class RefundFallback
{
    /// <summary>The flow the answer belongs to (the hold's or the change's), or null when the line is no such fallback.</summary>
    public static async Task<string?> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        // The held shipment's flow may still wait for a day ("下周" asked which day): the fallback answers it too.
        if ((state.ActiveFlow is not null && state.ActiveFlow != Intents.IntentIds.DelayShipment) || !OrElseWhole(context.Compact)
            || state.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: false } order)
        {
            return null;
        }

        var open = (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.OrderChange, CaseKind.DelayShipment).ConfigureAwait(false))
            .MaxBy(c => c.CreatedAt);
        if (open?.Description is not { } description || (state.ActiveFlow is not null && open.Kind != CaseKind.DelayShipment))
        {
            return null;
        }

        state.ClearClarification();
        if (state.ActiveFlow is not null)
        {
            context.Finish();
        }

        var held = open.Kind == CaseKind.DelayShipment;
        var note = NoteOf(open);
        if (!description.Contains(note, StringComparison.Ordinal))
        {
            var fallback = note + (Reorders().IsMatch(context.Compact) ? "，之后再重拍" : string.Empty);
            await FallbackRecord.AppendAsync(context, open, number, description, fallback, cancellationToken).ConfigureAwait(false);
        }

        var template = held ? "delay_shipment.held_fallback_noted"
            : open.Reason == OrderChangeFlow.FewerReason ? "order_change.fewer_fallback_noted"
            : "order_change.changed_fallback_noted";
        context.Say(template, new Dictionary<string, string?>(context.SlotsOf(order))
        {
            [Templates.TemplateSlots.Change] = description.Split('；', '（')[0].Split('：')[0],
        });
        return held ? Intents.IntentIds.DelayShipment : OrderChangeFlow.FlowId;
    }

    /// <summary>
    /// "要是只能全退的话 那全退了我重拍一套也行", "压不了的话就先退了吧", "要是不能晚点发 就取消吧", "实在不行就退款", "要不然就全退吧":
    /// a whole refund taken on a condition, never "要是让我全退了重拍就算了" or "不行就算了 不退了".
    /// </summary>
    public static bool OrElseWhole(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return Condition().IsMatch(compact) && RefundWord().IsMatch(compact) && Taken().IsMatch(compact) && !Refused().IsMatch(compact);
    }

    /// <summary>The fallback in the shop's words, on the record a colleague reads, by what the record asks.</summary>
    private static string NoteOf(CaseRecord record) =>
        "若" + (record.Kind == CaseKind.DelayShipment ? "压不了单" : record.Reason == OrderChangeFlow.FewerReason ? "不能部分退" : "改不了")
        + "，买家同意整单退款";

    /// <summary>"压不了的话", "要是不能晚点发", "只能全退的话", "实在不行", "要不然", "办不到": what was asked may not be done.</summary>
    [GeneratedRegex("(?:压|留|押|等|放|拖|晚|推|缓|延|改|减|拆|少发|单独退|部分退)(?:不了|不住|不到|不成)|退不了|(?<!能)(?:不能|没法|没办法|不可以|不让)|只能(?:全|整单|全部)退|要是|如果|假如|万一|不行|要不然|要不|不然|否则|办不到|做不到|的话")]
    private static partial Regex Condition();

    /// <summary>"放太久被退回去", "退件": the parcel sent back by the courier is no refund taken.</summary>
    [GeneratedRegex("(?<!被)退(?![回件])|取消|不要了")]
    private static partial Regex RefundWord();

    // "也行", "就全退", "整单退吧", "就先退了吧", "就取消吧", "就退款", "那就不要了", "改不了的话整单取消": the whole refund taken.
    [GeneratedRegex("(?:不行|不了|不成|不到|来不及|不能改)(?:的话)?.{0,6}(?:整单|全部|全|都|一起|直接)(?:退|取消)|(?:全退|整单退|全部退|都退了|退全款|全额退|整单取消|全部取消)(?:了|款)?(?:吧|也(?:行|可以|没事|好|成)|都(?:行|可以))|(?:也|都)(?:行|可以|没事|没关系|好|ok|成)|就(?:整单|全部|全|先|直接)?(?:退|取消)|(?:先|直接)?退(?:了|款|掉)?吧|取消吧|那就(?:全|整单|先|不要了)|就不要了")]
    private static partial Regex Taken();

    /// <summary>"不用全退", "不退了", "别退", "就算了": no refund taken.</summary>
    [GeneratedRegex("不(?:用|要|想|必)(?:全退|整单退|全部退|退全款|全额退|退)|不退|别退|算了")]
    private static partial Regex Refused();

    [GeneratedRegex("重新(?:拍|下单|买|下)|再(?:拍|下单|买)|重拍|回头(?:再)?买")]
    private static partial Regex Reorders();
}

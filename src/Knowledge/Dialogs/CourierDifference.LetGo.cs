using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

internal static partial class CourierDifference
{
    /// <summary>The courier note withdrawn: the order ships with the shop's usual courier.</summary>
    public const string LetGoTemplate = "order_change.courier_let_go";

    /// <summary>The same, with the other shipping wishes the note held ("周三前要用") kept on an order note.</summary>
    private const string LetGoKeptTemplate = "order_change.courier_let_go_kept";

    public const string LetGoNote = "买家不指定快递了，照常发货";

    /// <summary>True when a courier note also holds wishes that outlive the courier ("周三前要用", "发货前先告知一声").</summary>
    public static bool HoldsOtherWishes(IEnumerable<CaseRecord> records) =>
        records.Any(r => r.Reason == Courier && ShippingWishes.KeptBeside(r.Description).Count > 0);

    /// <summary>
    /// "不对 不用顺丰了 中通就行": the courier notes are withdrawn and the order ships with the usual courier; the day it is
    /// needed by and the other wishes written beside the courier stay on an order note, and the buyer hears both.
    /// </summary>
    public static async Task LetGoAsync(FlowContext context, Order order, IReadOnlyList<CaseRecord> records, CancellationToken cancellationToken)
    {
        var kept = records.SelectMany(r => ShippingWishes.KeptBeside(r.Description)).DistinctBy(w => w.Note).ToList();
        foreach (var record in records)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, kept.Count > 0 ? LetGoNote + "，其他发货要求另记备注" : LetGoNote, cancellationToken).ConfigureAwait(false);
        }

        if (kept.Count == 0)
        {
            context.Say(LetGoTemplate, context.SlotsOf(order));
            await OverdueAfterLetGoAsync(context, order, cancellationToken).ConfigureAwait(false);
            return;
        }

        await context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, ShippingWishes.NoteReason, string.Join("；", kept.Select(w => w.Note)), cancellationToken).ConfigureAwait(false);
        context.Say(LetGoKeptTemplate, new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.Change] = string.Join("，", kept.Select(w => w.Said)),
        });
        await OverdueAfterLetGoAsync(context, order, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "算了 随便什么快递 赶紧发就行" on an order already past the shipping promise: the courier was the only talk so far, so
    /// the delay is apologised for and marked urgent now, once a chat.
    /// </summary>
    private static async Task OverdueAfterLetGoAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        if (order.Status != OrderStatus.AwaitingShipment || order.HasRefundUnderWay || !context.Services.Orders.Facts(order).IsPastShippingPromise
            || ShipmentAnswers.OverdueToldHere(context, order.OrderNumber))
        {
            return;
        }

        context.Say(OverdueApology, context.SlotsOf(order));
        await ShipmentAnswers.OverdueAsync(context, order, cancellationToken).ConfigureAwait(false);
    }

    private const string OverdueApology = "hurry.urgent_past_promise";
}

using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>An unshipped order past the shipping promise: the urgent note, the way out, and the buyer asking again.</summary>
public static partial class ShipmentAnswers
{
    /// <summary>An urgent note for an order past the promise (once: an open one is not opened again), and what the buyer may do meanwhile.</summary>
    public static async Task OverdueAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        // "浴巾周五前能到吗": the date the buyer needs it by goes on the note and is said back.
        if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.UrgentNote).ConfigureAwait(false) is { } open)
        {
            // "别取消 周三前要 孩子冻着呢": what the buyer adds goes on the note already open.
            await HurryFlow.AddToNoteAsync(context, open, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var note = HurryFlow.TellsNeed(context) ? HurryFlow.Note(context) : HurryFlow.OverdueNote(context.Services.OrdersOptions.ShippingPromiseHours);
            await context.Actions.RecordHurryNoteAsync(context.Turn, order.OrderNumber, pastPromise: true, note, cancellationToken).ConfigureAwait(false);
        }

        DeadlineAside.Say(context);
        context.MarkPastShippingPromise();
        // The urgent note is what sends a colleague to the warehouse: the bot has apologised, recorded and told the way
        // out, so nobody is fetched into the chat for it (a person comes when the buyer asks for one).
        // "不取消了 还是要": the buyer hears the order ships as usual, no offer to cancel it. The way out is said once.
        var cut = await FewerPiecesRecord.OpenOnAsync(context, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        if (cut is not null)
        {
            // Fewer pieces recorded ("3条只要2条"): the refund of those pieces is a colleague's decision, so a person takes it.
            context.NeedPerson(PastShippingPromiseCut);
            return;
        }

        var next = OrderKept.Says(context) ? OverdueNextKept : OverdueNext;
        if (!context.Told(next, order.OrderNumber))
        {
            context.Say(next, context.SlotsOf(order));
        }
    }

    /// <summary>Past the promise, with fewer pieces recorded on the order: the refund of those is pending, no whole refund offered.</summary>
    public const string PastShippingPromiseCut = "past_shipping_promise_cut";

    /// <summary>True when this chat already told the buyer the order is past the promise and noted, with the way out.</summary>
    public static bool OverdueToldHere(FlowContext context, string orderNumber)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Told(OverdueNext, orderNumber) || context.Told(OverdueNextKept, orderNumber);
    }

    /// <summary>
    /// "还不发？", "单号呢" again once the overdue order was apologised for and noted here: the note is in hand, said in
    /// other words, never the apology and the refund's way twice; what the buyer adds goes on the note.
    /// </summary>
    public static async Task<bool> TryStillChasedAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        if (!OverdueToldHere(context, order.OrderNumber)
            || await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.UrgentNote).ConfigureAwait(false) is not { } urgent)
        {
            return false;
        }

        var added = await HurryFlow.AddToNoteAsync(context, urgent, cancellationToken).ConfigureAwait(false);
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal);
        if (added.Count > 0)
        {
            slots[TemplateSlots.Reason] = HurryFlow.NeedSaid(added);
            context.Say(HurryFlow.NeedAddedTemplate(urgent), slots);
        }
        else if (ShipTodayQuestion.Asks(context.Compact))
        {
            // "浴巾急着用 今天能发出去吗": today is answered plainly (no day promised), never "the warehouse is on it".
            ShipTodayQuestion.Answer(context, order);
        }

        // Nothing new to say ("别再跟我说什么尽快安排"): the handover's own words say who takes it up, never "仓库排上就发" first.
        HandOverPressed(context);
        return true;
    }

    /// <summary>
    /// The overdue order chased again after its apology and urgent note: the bot has nothing new to say, so a person
    /// takes it to the warehouse with the note kept, and no date is promised.
    /// </summary>
    public static void HandOverPressed(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.MarkPastShippingPromise();
        context.NeedPerson(PastShippingPromisePressed);
    }

    /// <summary>Past the promise and chased again after the apology: a colleague follows the urgent note up with the warehouse.</summary>
    public const string PastShippingPromisePressed = "past_shipping_promise_pressed";

    /// <summary>After the overdue apology: the refund the buyer may ask for if they stop waiting (said once).</summary>
    public const string OverdueNext = "track.overdue_next";

    private const string OverdueNextKept = "track.overdue_next_kept";
}

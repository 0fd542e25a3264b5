using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The end of a turn that read shipping wishes: those no record took yet go on the open record of the order talked
/// about (written again with them), else on an order note when the order still waits to ship; the buyer hears them back
/// in one clause, and who decides when the shop must confirm. A wish no record holds is never said to be noted.
/// </summary>
public static partial class ShippingWishes
{
    private const string Area = "ship_wishes";

    /// <summary>The reason an order note of shipping wishes is recorded under, the courier's when one is wished.</summary>
    public const string NoteReason = "发货备注";

    /// <summary>The records that may be written again to hold a wish, with how each is written.</summary>
    private static readonly CaseKind[] Rewritable = [CaseKind.DelayShipment, CaseKind.CombineShipment, CaseKind.LostParcel, CaseKind.Reship, CaseKind.UrgentNote, CaseKind.HurryNote, CaseKind.OrderChange];

    /// <summary>
    /// Notes what the turn's records left out and says the wishes back; true when a clause was added. A turn not understood
    /// otherwise ("寄出前通知我一下哈" after a hold) is answered by the wish put on the open record, its question taken back.
    /// </summary>
    public static async Task<bool> NoteAsync(FlowContext context, DialogOutcomeKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var failed = kind != DialogOutcomeKind.Answered || context.Failed;
        if (context.Carrying is not { } carrying || (failed && carrying.Written.Count > 0))
        {
            return false;
        }

        var noted = new List<(ShippingWish Wish, string Order)>();
        foreach (var wish in carrying.Carried)
        {
            noted.Add((wish, carrying.Written.First(r => $"{r.Reason}{r.Description}".Contains(wish.Note, StringComparison.Ordinal)).OrderNumber!));
        }

        // "两单能合并发货吗" answered by the combining answers (which order can join, pay first): theirs to note, never twice.
        var combineAnswered = context.Replies.Any(r => CombineSaid().IsMatch(r.Text));
        var left = context.Wishes.Where(w => !carrying.Carried.Contains(w) && !carrying.HeldByFlow(w) && !(w.Kind == ShippingWishKind.Together && combineAnswered)).ToList();
        // A question still waits for the buyer's answer (which order, which goods): the wish waits with it.
        if (left.Count > 0 && (failed || context.State.ClarifyOptions.Count == 0)
            && await OrderOfAsync(context, cancellationToken).ConfigureAwait(false) is var (order, open) && order is not null && (!failed || open.Count > 0))
        {
            var written = await WriteAsync(context, order, open, left, carrying.Written.Count > 0, cancellationToken).ConfigureAwait(false);
            noted.AddRange(written.Select(w => (w, order.OrderNumber)));
        }

        if (noted.Count == 0)
        {
            return false;
        }

        if (failed)
        {
            context.DropAskAgain();
        }

        var number = noted[0].Order;
        var said = noted.Where(n => n.Order == number).Select(n => n.Wish).ToList();
        var slots = new Dictionary<string, string?>(context.Services.Orders.Find(context.Input.BuyerId, number) is { } told ? context.SlotsOf(told) : new Dictionary<string, string?>(), StringComparer.Ordinal)
        {
            [TemplateSlots.OrderNumber] = number,
            [TemplateSlots.Change] = string.Join("，", said.Select(w => w.Said)),
        };
        var courier = said.Any(w => w.Kind == ShippingWishKind.Courier);
        var together = said.Any(w => w.Kind == ShippingWishKind.Together);
        context.Say(courier && together ? $"{Area}.noted_courier_together" : courier ? $"{Area}.noted_courier" : together ? $"{Area}.noted_together" : $"{Area}.noted", slots);
        return true;
    }

    /// <summary>Writes <paramref name="wishes"/> on the order's open record, or on an order note; returns those written.</summary>
    private static async Task<List<ShippingWish>> WriteAsync(FlowContext context, Order order, List<CaseRecord> records, List<ShippingWish> wishes, bool turnWrote, CancellationToken cancellationToken)
    {
        // The newest open record that takes one of the wishes: a fallback for a hold goes on the hold, not the delivery note after it.
        var open = records.LastOrDefault(r => wishes.Any(w => WishCarryingActions.Fits(w.Kind, r.Kind) && Addition(w, TextOf(r)) is not null));
        var text = open is null ? string.Empty : TextOf(open);
        var fit = wishes.Where(w => open is not null && WishCarryingActions.Fits(w.Kind, open.Kind) && Addition(w, text) is not null).ToList();
        if (open is not null)
        {
            var added = text + string.Concat(fit.Select(w => Addition(w, text)));
            await context.Actions.WithdrawCaseAsync(context.Turn, open.Id, "买家补充了发货要求，以新的登记为准", cancellationToken).ConfigureAwait(false);
            await (open.Kind switch
            {
                CaseKind.DelayShipment => context.Actions.RecordDelayShipmentAsync(context.Turn, order.OrderNumber, added, cancellationToken),
                CaseKind.CombineShipment => context.Actions.RecordCombineShipmentAsync(context.Turn, order.OrderNumber, added, cancellationToken),
                CaseKind.LostParcel => context.Actions.ReportLostParcelAsync(context.Turn, order.OrderNumber, added, cancellationToken),
                CaseKind.Reship => context.Actions.RequestReshipAsync(context.Turn, order.OrderNumber, added, open.PhotoUrls, cancellationToken),
                CaseKind.UrgentNote or CaseKind.HurryNote => context.Actions.RecordHurryNoteAsync(context.Turn, order.OrderNumber, open.Kind == CaseKind.UrgentNote, added, cancellationToken),
                _ => context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, open.Reason ?? NoteReason, added, cancellationToken),
            }).ConfigureAwait(false);
            return fit;
        }

        // Without a record of its own, a wish goes on an order note only while the order waits to ship, and only when the
        // turn acted or the wish asks the shop to do something (a day needed by alone is the arrival answer's).
        var noteworthy = wishes.Where(w => w.Kind is not ShippingWishKind.ShipIfNotHeld && (turnWrote || w.Kind is not ShippingWishKind.NeededBy)).ToList();
        if (records.Count > 0 || order.Status != OrderStatus.AwaitingShipment || noteworthy.Count == 0)
        {
            return [];
        }

        var reason = noteworthy.Any(w => w.Kind == ShippingWishKind.Courier) ? CourierDifference.Courier : NoteReason;
        await context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, reason, string.Join("；", noteworthy.Select(w => w.Note)), cancellationToken).ConfigureAwait(false);
        return noteworthy;
    }

    /// <summary>
    /// What the record adds for <paramref name="wish"/>: its note, only the readiness to pay when the courier is already
    /// there ("顺丰要补钱的话我补" after SF was noted), or null when the record holds it all (a day needed by, its day).
    /// </summary>
    internal static string? Addition(ShippingWish wish, string text) =>
        text.Contains(wish.Note, StringComparison.Ordinal) || (wish.Kind == ShippingWishKind.ShipIfNotHeld && Holds(wish, text))
            || (wish.Kind == ShippingWishKind.NeededBy && text.Contains(wish.Marker, StringComparison.Ordinal)) ? null
        : wish.Kind != ShippingWishKind.Courier || !text.Contains(wish.Marker, StringComparison.Ordinal) ? "；" + wish.Note
        : wish.Note.Contains(Willing, StringComparison.Ordinal) && !text.Contains(Willing, StringComparison.Ordinal) ? "；" + Willing
        : null;

    private const string Willing = "买家愿意补运费差价";

    /// <summary>
    /// True when <paramref name="text"/> holds the wish: its marker, or for a fallback the flow's own words of it
    /// ("压不了的话就正常发货"), so the same fallback is never added twice in other words.
    /// </summary>
    internal static bool Holds(ShippingWish wish, string text) =>
        text.Contains(wish.Marker, StringComparison.Ordinal) || (wish.Kind == ShippingWishKind.ShipIfNotHeld && ShipIfNotHeld().IsMatch(text));

    /// <summary>
    /// The order the wish is about, with the open record this chat left on it: of the order named and the one in focus,
    /// the first with such a record, else the first still to ship; never a guess among the buyer's other orders.
    /// </summary>
    private static async Task<(Order? Order, List<CaseRecord> Open)> OrderOfAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var focus = context.State.OrderNumber ?? context.State.LastOrderNumber;
        var named = context.Facts.MatchedOrderNumbers is [var one] ? one : null;
        var candidates = new[] { named, focus }.OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(n => orders.FirstOrDefault(o => o.OrderNumber == n)).OfType<Order>()
            .Where(o => o.Status is OrderStatus.AwaitingShipment or OrderStatus.Shipped).ToList();
        foreach (var order in candidates)
        {
            var open = (await OpenCases.HereAsync(context, order.OrderNumber, cancellationToken, Rewritable).ConfigureAwait(false))
                .Where(c => c.Kind != CaseKind.OrderChange || WishCarryingActions.Notes(c.Reason)).ToList();
            if (open.Count > 0)
            {
                return (order, open);
            }
        }

        return (candidates.FirstOrDefault(o => o.Status == OrderStatus.AwaitingShipment), []);
    }

    /// <summary>Where a record keeps its words: an urgent or hurry note in its reason, the others in the description.</summary>
    private static string TextOf(CaseRecord record) =>
        (record.Kind is CaseKind.UrgentNote or CaseKind.HurryNote ? record.Reason : record.Description) ?? string.Empty;

    [GeneratedRegex("合并|合在一|合到一|一起发|一起寄|一块(发|寄)")]
    private static partial Regex CombineSaid();
}

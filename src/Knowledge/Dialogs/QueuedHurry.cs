using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// While the buyer waits for a person about an unshipped order with a hurry or urgent note: "别给我退啊" is answered
/// that the order stands, "周三前要 孩子冻着呢" goes on the note, and "明天能发吗" gets the honest answer, instead of a
/// bare "noted" that leaves the buyer unsure whether the order is being cancelled; "不是说72小时发货吗" gets the delay admitted.
/// The same answers serve an overdue order noted in this chat with nobody fetched (<see cref="OverdueChased"/>): then
/// the admission never speaks of a colleague joining the chat.
/// </summary>
public static partial class QueuedHurry
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken, bool queued = true)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.LastOrderNumber is not { } number
            || context.Facts.MatchedOrderNumbers.Any(n => n != number)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment } order
            || await OpenCases.FindAsync(context, number, cancellationToken, CaseKind.HurryNote, CaseKind.UrgentNote).ConfigureAwait(false) is not { } noted)
        {
            return false;
        }

        // "到底要我等到什么时候", said after "别再说尽快安排": the delay admitted and today's check, never the hurry paragraph;
        // "天冷了孩子等着穿呢 今天能发出去吗": the need goes on the note too.
        if (ShipTodayQuestion.Asks(context.Compact) || WhenShips().IsMatch(context.Compact))
        {
            ShipTodayQuestion.Answer(context, order);
            await SayNeedAddedAsync(context, order, noted, cancellationToken).ConfigureAwait(false);
            HandOverIfPressed(context, queued, noted);
            return true;
        }

        // "不是说72小时发货吗", "都4天了" while a colleague chases the overdue order: the broken promise admitted, once.
        if (noted.Kind == CaseKind.UrgentNote && PromiseRecalled().IsMatch(context.Compact) && !HurryFlow.TellsNeed(context)
            && !context.Told(OverdueAdmitted, number) && !context.Told(OverdueAdmittedHere, number))
        {
            context.Say(queued ? OverdueAdmitted : OverdueAdmittedHere, context.SlotsOf(order));
            HandOverIfPressed(context, queued, noted);
            return true;
        }

        var kept = OrderKept.Says(context);
        if (!kept && !HurryFlow.TellsNeed(context))
        {
            return false;
        }

        // "别给我整单退啊 两条我还是要的" with fewer pieces recorded: the order stands and so does the refund of those pieces.
        if (kept && await FewerPiecesRecord.OpenOnAsync(context, number, cancellationToken).ConfigureAwait(false) is { } cut
            && FewerPiecesRecord.Said(cut, order) is { } change)
        {
            context.Say("hurry.order_kept_cut", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Change] = change });
        }
        else if (kept)
        {
            context.Say("hurry.order_kept", context.SlotsOf(order));
        }

        return await SayNeedAddedAsync(context, order, noted, cancellationToken).ConfigureAwait(false) || kept;
    }

    /// <summary>"今天能发吗", "都4天了" about an overdue order apologised for here with nobody fetched: a person takes it up.</summary>
    private static void HandOverIfPressed(FlowContext context, bool queued, CaseRecord noted)
    {
        if (!queued && noted.Kind == CaseKind.UrgentNote)
        {
            ShipmentAnswers.HandOverPressed(context);
        }
    }

    private const string OverdueAdmitted = "hurry.overdue_admitted_while_queued";
    private const string OverdueAdmittedHere = "hurry.overdue_admitted";

    /// <summary>The date or reason the line tells, added to the note and said back; false when it tells nothing new.</summary>
    private static async Task<bool> SayNeedAddedAsync(FlowContext context, Order order, CaseRecord noted, CancellationToken cancellationToken)
    {
        var added = await HurryFlow.AddToNoteAsync(context, noted, cancellationToken).ConfigureAwait(false);
        if (added.Count == 0)
        {
            return false;
        }

        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Reason] = HurryFlow.NeedSaid(added) };
        context.Say(HurryFlow.NeedAddedTemplate(noted), slots);
        return true;
    }

    [GeneratedRegex("[0-9一二三四五六七八九十几]+(?:个)?小时(?:内)?(?:就|之内)?(?:发|出库)|不是说.{0,6}(?:发货|发)|都[0-9一二三四五六七八九十几两]+天了|(?:今天|现在)都[0-9一二三四五六七八九十]+号了|这么多天|好几天了")]
    private static partial Regex PromiseRecalled();

    [GeneratedRegex("(?:什么时候|啥时候|啥时|几时|哪天|多久|几天)(?:才|能|可以|给我)?(?:发|出库|寄)|等到(?:什么时候|啥时候|啥时|几时|哪天|猴年马月)|(?:还要|还得|要我)等(?:多久|几天|到)")]
    private static partial Regex WhenShips();
}

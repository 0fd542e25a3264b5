using System.Globalization;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// What a hurry note says: the need in the shop's own terms (急用, the date needed, the reason told), never the buyer's
/// sentence; and a note already on the order that the buyer tells more about is written again with what they added.
/// </summary>
public sealed partial class HurryFlow
{
    private const string PlainNote = "买家催发货";
    private const string Urgent = "急用";
    private const string NeededBy = "前需要";
    private const string BuyerSaid = "买家说";

    /// <summary>The note for this message: 买家催发货（急用，12月4日（周五）前需要，孩子等着穿）.</summary>
    public static string Note(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Compose(Details(context, []));
    }

    /// <summary>
    /// The urgent note for an order past the promise when the buyer gave no date or reason: why it is urgent (paid more
    /// than the promised hours ago and not shipped), so the colleague's desk never shows a bare note.
    /// </summary>
    public static string OverdueNote(int promiseHours) => Compose([string.Create(CultureInfo.InvariantCulture, $"付款超过{promiseHours}小时仍未发货")]);

    /// <summary>True when the message says when or why the buyer needs the goods (a date, 急用, a reason).</summary>
    public static bool TellsNeed(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Details(context, []).Count > 0;
    }

    /// <summary>
    /// "周五之前要", "成都降温了 娃等着穿" once a hurry or urgent note is open: the note is written again, the same kind,
    /// with the date or reason added (a new date replaces the old). Returns what was added, empty when nothing new was told.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AddToNoteAsync(FlowContext context, CaseRecord noted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(noted);
        var before = Parse(noted.Reason);
        var details = Details(context, before);
        var added = details.Where(d => !before.Contains(d, StringComparer.Ordinal)).ToList();
        // "能不能再快点 着急" says nothing the note does not: it stays as it is.
        if (added.All(d => d == Urgent) || noted.OrderNumber is not { } orderNumber)
        {
            return [];
        }

        await context.Actions.WithdrawCaseAsync(context.Turn, noted.Id, "买家补充了需要的日期或原因，已按新内容重记加急备注", cancellationToken).ConfigureAwait(false);
        await context.Actions.RecordHurryNoteAsync(context.Turn, orderNumber, noted.Kind == CaseKind.UrgentNote, Compose(details), cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>A note already open: what the buyer adds now goes on it and is said back; otherwise it is in hand.</summary>
    private static async Task SayNotedAsync(FlowContext context, Order order, CaseRecord noted, CancellationToken cancellationToken)
    {
        var added = await AddToNoteAsync(context, noted, cancellationToken).ConfigureAwait(false);
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal);
        if (context.Facts.Cues.Deadline is { } deadline && added.Any(d => d.EndsWith(NeededBy, StringComparison.Ordinal)))
        {
            slots[TemplateSlots.Date] = SaidDates.Format(deadline);
            context.Say("hurry.deadline_updated", slots);
        }
        else if (added.Count > 0)
        {
            slots[TemplateSlots.Reason] = NeedSaid(added);
            context.Say(NeedAddedTemplate(noted), slots);
        }
        else
        {
            context.Say("hurry.already_noted", slots);
        }
    }

    /// <summary>What is said once a reason is added to a note already open: past the promise, the colleague chasing it takes it along.</summary>
    public static string NeedAddedTemplate(CaseRecord noted)
    {
        ArgumentNullException.ThrowIfNull(noted);
        return noted.Kind == CaseKind.UrgentNote ? "hurry.need_noted_overdue" : "hurry.need_added";
    }

    /// <summary>The details added, as said back to the buyer: "孩子等着穿、天气转冷", or 急用 alone.</summary>
    public static string NeedSaid(IReadOnlyList<string> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        // The note's "买家说今天前不发货就退款" is the desk's wording: the buyer hears it as their own, without "买家说".
        var told = added.Where(d => d != Urgent).Select(d => d.StartsWith(BuyerSaid, StringComparison.Ordinal) ? d[BuyerSaid.Length..] : d).ToList();
        return string.Join('、', told.Count > 0 ? told : added);
    }

    private static List<string> Details(FlowContext context, IReadOnlyList<string> before)
    {
        var cues = context.Facts.Cues;
        var details = new List<string>(before);
        if (cues.IsUrgent && !details.Contains(Urgent))
        {
            details.Insert(0, Urgent);
        }

        if (cues.Deadline is { } deadline)
        {
            // "不对 下周一前就行": a new date replaces the one noted.
            details.RemoveAll(d => d.EndsWith(NeededBy, StringComparison.Ordinal));
            details.Add($"{SaidDates.Format(deadline)}{NeededBy}");
        }

        var reasons = HurryReasons.Of(context.Normalized);
        if (reasons.Any(HurryReasons.IsThreat))
        {
            // "不对 我是说明天还不发就退": the day of the threat said again replaces the one noted.
            details.RemoveAll(HurryReasons.IsThreat);
        }

        details.AddRange(reasons.Where(r => !details.Contains(r)));
        return details;
    }

    private static string Compose(IReadOnlyList<string> details) =>
        details.Count == 0 ? PlainNote : $"{PlainNote}（{string.Join("，", details)}）";

    private static List<string> Parse(string? note) =>
        note is not null && note.StartsWith(PlainNote + "（", StringComparison.Ordinal) && note.EndsWith('）')
            ? [.. note[(PlainNote.Length + 1)..^1].Split('，', StringSplitOptions.RemoveEmptyEntries)]
            : [];
}

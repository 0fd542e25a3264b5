using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "今天不给我个说法我就投诉加差评", "找你们老板来跟我说" while the buyer waits for a person: the threat or the demand for
/// someone in charge is a complaint for the supervisor, never "you are already queued". It is written on the open record
/// this chat made on the order in focus (the lost parcel, the courier follow-up, the urgent note or the quality case the
/// person works from), not left among the chat lines, and the buyer hears an apology and that a supervisor follows it up.
/// What the buyer demands beside it ("我要退全款 运费你们出", "赔我40") goes on the record too. Said again with nothing
/// new demanded, nothing is added to the record.
/// </summary>
public static partial class QueuedComplaint
{
    private const string ComplaintWords = "买家表示要投诉、给差评或找负责人，请主管跟进";

    private const string ComplaintNote = "；" + ComplaintWords;

    private const string Withdrawn = "买家表示要投诉，已连同投诉重新登记";

    /// <summary>True when the line threatens a complaint or a bad review, or asks for the boss or someone in charge.</summary>
    public static bool Heard(string normalized)
    {
        var compact = CompactText.Of(normalized ?? string.Empty);
        return (Threat().IsMatch(compact) || AsksForBoss().IsMatch(compact)) && !NoThreat().IsMatch(compact);
    }

    /// <param name="handedOver">The line is the one that asks for the person (not yet queued): said without the place in
    /// the queue, and nothing said when no order is named, as the handover tells the rest.</param>
    public static async Task<bool> TryRecordAsync(FlowContext context, CancellationToken cancellationToken, bool handedOver = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Heard(context.Normalized))
        {
            return false;
        }

        var order = InFocus(context) ?? NamedOnly(context);
        // A threat is a complaint; "让能做主的人来" alone asks for someone in charge, with no complaint put in its mouth.
        var said = Threat().IsMatch(CompactText.Of(context.Normalized)) ? "complaint.queued_" : "complaint.boss_";
        if (order is null)
        {
            if (!handedOver)
            {
                context.Say(said + "heard");
            }

            return !handedOver;
        }

        context.State.LastOrderNumber = order.OrderNumber;
        var demand = await NoteAsync(context, order, cancellationToken).ConfigureAwait(false);
        var template = handedOver ? "complaint.noted_handover" : demand is null ? said + "noted" : "complaint.demand_noted";
        context.Say(template, new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [Templates.TemplateSlots.Change] = demand,
        });
        return true;
    }

    /// <summary>
    /// "不退的话我收到就退货 再给你们一个差评" that fetches the supervisor from the bot: the complaint is written on the order
    /// in focus before the handover, as while queued, and the handover itself tells the buyer. False when the line holds
    /// no threat or no order is in focus.
    /// </summary>
    public static async Task<bool> NoteForPersonAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Heard(context.Normalized) || InFocus(context) is not { } order)
        {
            return false;
        }

        await NoteAsync(context, order, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The order the complaint is about: in "袜子穿两次就破了 我要投诉！另外保温杯到哪了" the one named last before the
    /// threat, never the order a later need of the same line moved the focus to; else the order in focus.
    /// </summary>
    private static Order? InFocus(FlowContext context) =>
        FocusNumber(context) is { } number ? context.Services.Orders.Find(context.Input.BuyerId, number) : null;

    private static string? FocusNumber(FlowContext context) => AboutThreat(context) ?? context.State.LastOrderNumber ?? context.State.OrderNumber;

    private static string? AboutThreat(FlowContext context)
    {
        var compact = CompactText.Of(context.Normalized);
        var threat = Threat().Match(compact) is { Success: true } t ? t : AsksForBoss().Match(compact);
        if (!threat.Success)
        {
            return null;
        }

        return context.Facts.OrderReferences
            .Where(r => r.OrderNumbers.Count == 1 && r.Mention.Length > 0)
            .Select(r => (Number: r.OrderNumbers[0], At: compact.LastIndexOf(CompactText.Of(r.Mention), threat.Index, StringComparison.Ordinal)))
            .Where(r => r.At >= 0)
            .OrderByDescending(r => r.At)
            .Select(r => r.Number)
            .FirstOrDefault();
    }

    /// <summary>"台灯退款凭什么给我关了 叫你们老板出来" with no order in focus yet: the one order the line names.</summary>
    private static Order? NamedOnly(FlowContext context) => OrderResolver.Named(context) is [var order] ? order : null;

    /// <summary>
    /// Written on this chat's open record of the order, once, with what the buyer demands beside it; with none, a note
    /// of its own on the order. Returns the demand newly written, or null when none was.
    /// </summary>
    private static async Task<string?> NoteAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        if (await RecordHereAsync(context, order.OrderNumber, cancellationToken).ConfigureAwait(false) is { } record)
        {
            return await NoteOnceAsync(context, record, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        }

        // No record of this chat to write it on ("灯一直闪 找你们老板来" before the repair was taken down): a note of its
        // own on the order, so the supervisor finds the complaint on the desk, not only in the chat, with the closed
        // refund it is about ("台灯退款凭什么给我关了").
        var demand = ComplaintDemand.Read(context.Compact);
        var about = order.Refund == RefundStatus.Closed && context.Compact.Contains("退款", StringComparison.Ordinal) ? ClosedRefund + "；" : string.Empty;
        var asked = demand is null ? string.Empty : $"买家要求{demand}；";
        await context.Actions.RecordHurryNoteAsync(context.Turn, order.OrderNumber, pastPromise: true, about + asked + ComplaintWords, cancellationToken).ConfigureAwait(false);
        return demand;
    }

    /// <summary>What a complaint about a refund the shop closed is about, on the note the supervisor reads.</summary>
    public const string ClosedRefund = "买家不认可退款关闭";

    private static async Task<CaseRecord?> RecordHereAsync(FlowContext context, string number, CancellationToken cancellationToken) =>
        (await OpenCases.HereAsync(context, number, cancellationToken, NotedKinds).ConfigureAwait(false))
            .LastOrDefault(c => c.Description?.StartsWith(OpenCaseGuard.ReceiptExtensionNote, StringComparison.Ordinal) != true);

    private static async Task<string?> NoteOnceAsync(FlowContext context, CaseRecord record, string number, CancellationToken cancellationToken)
    {
        var written = record.Description ?? record.Reason ?? string.Empty;
        var demand = ComplaintDemand.Read(context.Compact);
        var fresh = demand is not null && !written.Contains("买家要求" + demand, StringComparison.Ordinal);
        if (!written.Contains(ComplaintWords, StringComparison.Ordinal) || fresh)
        {
            await NoteOnAsync(context, record, number, fresh ? demand : null, cancellationToken).ConfigureAwait(false);
        }

        return fresh ? demand : null;
    }

    /// <summary>
    /// "找你们老板来说 不然我投诉到淘宝" as the buyer is handed over: the threat is written on the open record this chat
    /// made on the order in focus, once, so the person taking over reads it there. False when there is no such record.
    /// </summary>
    public static async Task<bool> NoteOnRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Heard(context.Normalized) || FocusNumber(context) is not { } number
            || await RecordHereAsync(context, number, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return false;
        }

        await NoteOnceAsync(context, record, number, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// "我要投诉 我要给差评 把你们老板叫出来" beside a dispute handed over at once (a closed refund): the complaint is noted
    /// on the order for the supervisor, with what it is about, before the buyer hears it was passed on. False when the
    /// line holds no threat and no demand for the boss.
    /// </summary>
    public static async Task<bool> NoteBesideAsync(FlowContext context, string orderNumber, string about, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Heard(context.Normalized))
        {
            return false;
        }

        var asked = ComplaintDemand.Read(context.Compact) is { } demand ? $"；买家要求{demand}" : string.Empty;
        await context.Actions.RecordHurryNoteAsync(context.Turn, orderNumber, pastPromise: true, about + asked + ComplaintNote, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static readonly CaseKind[] NotedKinds =
        [CaseKind.LostParcel, CaseKind.LogisticsFollowUp, CaseKind.UrgentNote, CaseKind.QualityReport, CaseKind.Repair];

    /// <summary>
    /// The record taken back and written again with the complaint and the demand, so the supervisor reads it where they
    /// work: a demand takes the place of "买家还没选处理方式", since the buyer has now said what they want.
    /// </summary>
    private static async Task NoteOnAsync(FlowContext context, CaseRecord record, string number, string? demand, CancellationToken cancellationToken)
    {
        string Noted(string? said)
        {
            var text = said ?? string.Empty;
            if (demand is not null)
            {
                text = NoChoice().IsMatch(text) ? NoChoice().Replace(text, $"（买家要求{demand}）") : $"{text}；买家要求{demand}";
            }

            return text.Contains(ComplaintWords, StringComparison.Ordinal) ? text : text + ComplaintNote;
        }

        var actions = context.Actions;
        await actions.WithdrawCaseAsync(context.Turn, record.Id, Withdrawn, cancellationToken).ConfigureAwait(false);
        await (record.Kind switch
        {
            CaseKind.LostParcel => actions.ReportLostParcelAsync(context.Turn, number, Noted(record.Description), cancellationToken),
            CaseKind.LogisticsFollowUp => actions.FollowUpLogisticsAsync(context.Turn, number, Noted(record.Description), cancellationToken),
            CaseKind.UrgentNote => actions.RecordHurryNoteAsync(context.Turn, number, pastPromise: true, Noted(record.Reason), cancellationToken),
            _ => actions.RecordQualityCaseAsync(context.Turn, number, record.Kind, Noted(record.Description), record.PhotoUrls, cancellationToken),
        }).ConfigureAwait(false);
    }

    [GeneratedRegex("（买家还没选处理方式[^）]*）")]
    private static partial Regex NoChoice();

    [GeneratedRegex("投诉|差评|12315|曝光|举报|消协|消费者协会|平台介入|小二介入")]
    private static partial Regex Threat();

    /// <summary>"找你们老板", "叫你们老板出来", "让能做主的人来", "你们领导呢": someone in charge asked for.</summary>
    [GeneratedRegex("(找|叫|让|要|喊|请)(你们)?(的)?(老板|店长|负责人|领导|经理|主管)|(老板|店长|负责人|领导|经理|主管)(呢|在吗|在不在|出来)|能做主|说了算|管事的")]
    private static partial Regex AsksForBoss();

    /// <summary>"不是要投诉", "不会给差评的": no threat.</summary>
    [GeneratedRegex("(?:不是|不会|不想|没说|不打算)(?:要)?(?:去)?(?:投诉|给差评|差评|举报)")]
    private static partial Regex NoThreat();
}

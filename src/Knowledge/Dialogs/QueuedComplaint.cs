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
/// Said again, nothing is added to the record.
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

    public static async Task<bool> TryRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Heard(context.Normalized))
        {
            return false;
        }

        var order = InFocus(context);
        // A threat is a complaint; "让能做主的人来" alone asks for someone in charge, with no complaint put in its mouth.
        var said = Threat().IsMatch(CompactText.Of(context.Normalized)) ? "complaint.queued_" : "complaint.boss_";
        if (order is null)
        {
            context.Say(said + "heard");
            return true;
        }

        await NoteAsync(context, order, cancellationToken).ConfigureAwait(false);
        context.Say(said + "noted", context.SlotsOf(order));
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

    private static Order? InFocus(FlowContext context) =>
        (context.State.LastOrderNumber ?? context.State.OrderNumber) is { } number ? context.Services.Orders.Find(context.Input.BuyerId, number) : null;

    /// <summary>Written on this chat's open record of the order, once; with none, a note of its own on the order.</summary>
    private static async Task NoteAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        if (await RecordHereAsync(context, order.OrderNumber, cancellationToken).ConfigureAwait(false) is { } record)
        {
            await NoteOnceAsync(context, record, order.OrderNumber, cancellationToken).ConfigureAwait(false);
            return;
        }

        // No record of this chat to write it on ("灯一直闪 找你们老板来" before the repair was taken down): a note of its
        // own on the order, so the supervisor finds the complaint on the desk, not only in the chat.
        await context.Actions.RecordHurryNoteAsync(context.Turn, order.OrderNumber, pastPromise: true, ComplaintWords, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<CaseRecord?> RecordHereAsync(FlowContext context, string number, CancellationToken cancellationToken) =>
        (await OpenCases.HereAsync(context, number, cancellationToken, NotedKinds).ConfigureAwait(false)).LastOrDefault();

    private static async Task NoteOnceAsync(FlowContext context, CaseRecord record, string number, CancellationToken cancellationToken)
    {
        if (!(record.Description ?? record.Reason ?? string.Empty).Contains(ComplaintWords, StringComparison.Ordinal))
        {
            await NoteOnAsync(context, record, number, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// "找你们老板来说 不然我投诉到淘宝" as the buyer is handed over: the threat is written on the open record this chat
    /// made on the order in focus, once, so the person taking over reads it there. False when there is no such record.
    /// </summary>
    public static async Task<bool> NoteOnRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Heard(context.Normalized) || (context.State.LastOrderNumber ?? context.State.OrderNumber) is not { } number
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

        await context.Actions.RecordHurryNoteAsync(context.Turn, orderNumber, pastPromise: true, about + ComplaintNote, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static readonly CaseKind[] NotedKinds =
        [CaseKind.LostParcel, CaseKind.LogisticsFollowUp, CaseKind.UrgentNote, CaseKind.QualityReport, CaseKind.Repair];

    /// <summary>The record taken back and written again with the complaint, so the supervisor reads it where they work.</summary>
    private static async Task NoteOnAsync(FlowContext context, CaseRecord record, string number, CancellationToken cancellationToken)
    {
        var actions = context.Actions;
        await actions.WithdrawCaseAsync(context.Turn, record.Id, Withdrawn, cancellationToken).ConfigureAwait(false);
        await (record.Kind switch
        {
            CaseKind.LostParcel => actions.ReportLostParcelAsync(context.Turn, number, record.Description + ComplaintNote, cancellationToken),
            CaseKind.LogisticsFollowUp => actions.FollowUpLogisticsAsync(context.Turn, number, record.Description + ComplaintNote, cancellationToken),
            CaseKind.UrgentNote => actions.RecordHurryNoteAsync(context.Turn, number, pastPromise: true, record.Reason + ComplaintNote, cancellationToken),
            _ => actions.RecordQualityCaseAsync(context.Turn, number, record.Kind, record.Description + ComplaintNote, record.PhotoUrls, cancellationToken),
        }).ConfigureAwait(false);
    }

    [GeneratedRegex("投诉|差评|12315|曝光|举报|消协|消费者协会|平台介入|小二介入")]
    private static partial Regex Threat();

    /// <summary>"找你们老板", "叫你们老板出来", "让能做主的人来", "你们领导呢": someone in charge asked for.</summary>
    [GeneratedRegex("(找|叫|让|要|喊|请)(你们)?(的)?(老板|店长|负责人|领导|经理|主管)|(老板|店长|负责人|领导|经理|主管)(呢|在吗|在不在|出来)|能做主|说了算|管事的")]
    private static partial Regex AsksForBoss();

    /// <summary>"不是要投诉", "不会给差评的": no threat.</summary>
    [GeneratedRegex("(?:不是|不会|不想|没说|不打算)(?:要)?(?:去)?(?:投诉|给差评|差评|举报)")]
    private static partial Regex NoThreat();
}

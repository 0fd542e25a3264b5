using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "退货已经寄回去了", "照片我已经发过了": the buyer says a step is done. The reply takes it as done and says what comes
/// next for the order's state, never how to do the step again and never the tracking of the outbound parcel.
/// </summary>
internal static partial class AlreadyDone
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (context.State.ActiveFlow is not null)
        {
            return false;
        }

        if (await ReturnParcelGivenAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        if (ReturnSent(context.Normalized))
        {
            return await ReturnSentAsync(context, cancellationToken).ConfigureAwait(false);
        }

        return PhotoSent(compact) && context.Input.PhotoUrls.Count == 0
            && await PhotoSentAsync(context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "你们收到没有", "都三天了 什么时候退钱" right after the return parcel was taken as sent back: the order still shows
    /// the refund under way and no arrival, so the buyer hears that, the parcel's number the warehouse matches on arrival,
    /// and when the refund follows; never the two-day rule alone again.
    /// </summary>
    public static async Task<bool> TryWhenRefundedAfterSentAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || context.State.LastOrderNumber is not { } last || !context.Told("listen_menus.return_sent_in_progress", last)
            || !RefundWhen().IsMatch(context.Compact) || context.Facts.MatchedOrderNumbers.Any(n => n != last)
            || context.Services.Orders.Find(context.Input.BuyerId, last) is not { } order)
        {
            return false;
        }

        Close(context, order);
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        var parcel = OpenReturnNote(cases) is { ReturnTrackingNumber: { } number } note ? $"{note.ReturnCarrier}{number}" : null;
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.TrackingNumber] = parcel };
        context.Say(parcel is null ? "listen_menus.return_sent_when_refunded" : "listen_menus.return_arrival_unseen", slots);
        return true;
    }

    /// <summary>"照片已经发了", "图片我发过了", "之前发过照片了": photos sent before this line.</summary>
    public static bool PhotoSent(string compact) => PhotosSent().IsMatch(compact) && !NotYet().IsMatch(compact);

    /// <summary>
    /// "退货寄回去了 中通78…", "退货单号是YT…", or a number right after the bot asked for it: the courier and number are
    /// noted on the buyer's open return, exchange or repair (the order named, in focus, else the newest), and the buyer
    /// is told what comes next. No such case: the line is left to the answers below.
    /// </summary>
    private static async Task<bool> ReturnParcelGivenAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        if (ReturnParcel.Read(context.Compact, orders.Select(o => o.OrderNumber).ToList()) is not { } parcel || NotYet().IsMatch(context.Compact)
            || !(ReturnWords().IsMatch(context.Compact) || (context.State.LastOrderNumber is { } last && context.Told(AskNumber, last)) || ReturnNoteTold(context))
            || (await OpenReturnAsync(context, cancellationToken).ConfigureAwait(false) ?? await ReturnNoteInFocusAsync(context, cancellationToken).ConfigureAwait(false)) is not { } open)
        {
            return false;
        }

        var noted = await context.Actions.NoteReturnParcelAsync(context.Turn, open.Case.Id, parcel.Carrier, parcel.Number, cancellationToken).ConfigureAwait(false);
        Close(context, open.Order);
        var slots = new Dictionary<string, string?>(context.SlotsOf(open.Order), StringComparer.Ordinal)
        {
            [TemplateSlots.Carrier] = noted.ReturnCarrier ?? "快递",
            [TemplateSlots.TrackingNumber] = noted.ReturnTrackingNumber,
        };
        context.Say($"listen_menus.return_parcel_noted_{noted.Kind.Name()}", slots);
        return true;
    }

    /// <summary>The buyer's open return, exchange or repair: on the order named, else on the order in focus, else the newest.</summary>
    private static async Task<(CaseRecord Case, Order Order)?> OpenReturnAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var named = OrderResolver.Named(context);
        var orders = named.Count > 0 ? named : context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var open = new List<(CaseRecord Case, Order Order)>();
        foreach (var order in orders)
        {
            var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
            open.AddRange(cases.Where(c => c.Status == CaseStatus.Open && c.Kind is CaseKind.Return or CaseKind.Exchange or CaseKind.Repair).Select(c => (c, order)));
        }

        var focus = context.State.LastOrderNumber;
        return open.Where(o => o.Order.OrderNumber == focus).OrderByDescending(o => o.Case.CreatedAt).Cast<(CaseRecord, Order)?>().FirstOrDefault()
            ?? open.OrderByDescending(o => o.Case.CreatedAt).Cast<(CaseRecord, Order)?>().FirstOrDefault();
    }

    private const string AskNumber = "listen_menus.return_parcel_ask";

    private static readonly string[] ReturnNoteReplies = ["listen_menus.return_sent_in_progress", "listen_menus.return_sent_no_request"];

    /// <summary>"圆通 YT75…" right after the bot took the parcel of the order in focus as sent back.</summary>
    private static bool ReturnNoteTold(FlowContext context) =>
        context.State.LastOrderNumber is { } last && ReturnNoteReplies.Any(t => context.Told(t, last));

    /// <summary>
    /// The open note telling the warehouse a return is coming, on the order in focus: a refund under way on the platform
    /// has no return case of ours, so the parcel's courier and number go on that note.
    /// </summary>
    private static async Task<(CaseRecord Case, Order Order)?> ReturnNoteInFocusAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (!ReturnNoteTold(context) || context.Services.Orders.Find(context.Input.BuyerId, context.State.LastOrderNumber!) is not { } order)
        {
            return null;
        }

        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        return OpenReturnNote(cases) is { } note ? (note, order) : null;
    }

    private static CaseRecord? OpenReturnNote(IEnumerable<CaseRecord> cases) =>
        cases.LastOrDefault(c => c.Kind == CaseKind.LogisticsFollowUp && c.Status == CaseStatus.Open
            && (c.Description ?? string.Empty).StartsWith(ReturnNote, StringComparison.Ordinal));

    private static async Task<bool> ReturnSentAsync(FlowContext context, CancellationToken cancellationToken)
    {
        // A return the bot recorded is where the parcel belongs: its number is asked for, to be noted on it.
        if (await OpenReturnAsync(context, cancellationToken).ConfigureAwait(false) is { } open)
        {
            Close(context, open.Order);
            context.Say(AskNumber, context.SlotsOf(open.Order));
            return true;
        }

        var order = LessCommonNeeds.Pick(context, o => o.Refund == RefundStatus.InProgress && o.Status is OrderStatus.Shipped or OrderStatus.Completed)
            ?? LessCommonNeeds.Pick(context, o => o.Status is OrderStatus.Shipped or OrderStatus.Completed);
        if (order is null)
        {
            context.Say("listen_menus.return_sent_which");
            context.MarkAnswered(context.Text);
            return true;
        }

        Close(context, order);
        var slots = context.SlotsOf(order);
        if (order.Refund == RefundStatus.Succeeded)
        {
            context.Say("listen_menus.return_sent_refunded", slots);
            return true;
        }

        // The warehouse is told a parcel is coming back, with the number the buyer gave, once per order.
        var tracking = context.Services.Orders.ExtractOrderNumbers(context.Text).Count == 0 ? ReturnTracking().Match(context.Compact) : Match.Empty;
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        var note = OpenReturnNote(cases);
        if (note is null)
        {
            var description = tracking.Success ? $"{ReturnNote}，退货单号{tracking.Value.ToUpperInvariant()}，请仓库留意签收验货" : $"{ReturnNote}，请仓库留意签收验货";
            note = await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, description, cancellationToken).ConfigureAwait(false);
        }

        // The courier and number go in the note's own fields too, so the warehouse can match the parcel on arrival.
        if (tracking.Success && ReturnParcel.Read(context.Compact, context.Services.Orders.OrdersOf(context.Input.BuyerId).Select(o => o.OrderNumber).ToList()) is { } parcel)
        {
            await context.Actions.NoteReturnParcelAsync(context.Turn, note.Id, parcel.Carrier, parcel.Number, cancellationToken).ConfigureAwait(false);
        }

        var underWay = order.Refund == RefundStatus.InProgress
            || cases.Any(c => c.Kind is CaseKind.Return or CaseKind.Exchange && c.Status == CaseStatus.Open);
        context.Say(underWay ? "listen_menus.return_sent_in_progress" : "listen_menus.return_sent_no_request", slots);
        return true;
    }

    private static async Task<bool> PhotoSentAsync(FlowContext context, CancellationToken cancellationToken)
    {
        // "底座有条裂缝 图片我已经发过去了": the problem told with the photos is the quality flow's, photos taken as sent.
        // "照片发了 不想退货 直接赔我50算了": how she wants it settled is the quality case's, the photos taken as sent there.
        if (Flows.QualityProblems.Of(context.Normalized) is not null || Flows.QualitySettlements.Concerns(context.Normalized))
        {
            return false;
        }

        var order = LessCommonNeeds.Pick(context, o => o.Status is OrderStatus.Shipped or OrderStatus.Completed);
        if (order is null)
        {
            return false;
        }

        Close(context, order);
        var slots = context.SlotsOf(order);
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        var open = cases.Where(c => c.Status == CaseStatus.Open && c.Kind is CaseKind.Return or CaseKind.Exchange or CaseKind.Reship
            or CaseKind.Repair or CaseKind.QualityReport or CaseKind.Compensation).ToList();
        // "照片当时就发过了" about a refund the shop closed: those photos sit with that request, not in this chat.
        if (open.Count > 0 && order.Refund == RefundStatus.Closed && open.All(c => c.PhotoUrls.Count == 0))
        {
            context.Say("listen_menus.photo_sent_closed_refund", slots);
            return true;
        }

        if (open.Count > 0)
        {
            context.Say(open.Any(c => c.PhotoUrls.Count > 0) ? "listen_menus.photo_sent_with_case" : "listen_menus.photo_sent_case_without", slots);
            return true;
        }

        // No case on the order yet: the quality flow waits for what is wrong, with the photo sent again beside it.
        context.Say("listen_menus.photo_sent_no_case", slots);
        context.State.StartFlow(Intents.IntentIds.QualityReturn);
        context.State.OrderNumber = order.OrderNumber;
        context.Await(DialogSteps.AskDescription);
        return true;
    }

    private static void Close(FlowContext context, Order order)
    {
        context.State.ClearClarification();
        context.State.EndFlow();
        context.State.LastOrderNumber = order.OrderNumber;
    }

    private const string ReturnNote = "买家说退货已寄回";

    /// <summary>
    /// "退货已经寄出了", "东西我寄回去了", "已经退回给你们了": the return parcel is on its way back. A parcel refused at the
    /// door ("我拒收了 快递说退回去了") goes back by the courier, with no return number: that is RefusedParcel's;
    /// "再给我寄一个 别让我退货" names a return only to deny it: nothing was sent back.
    /// </summary>
    public static bool ReturnSent(string normalizedText) =>
        ClauseGuard.Of(normalizedText).Acts(ReturnWords()) && Sent(CompactText.Of(normalizedText));

    private static bool Sent(string compact) =>
        SentDone().IsMatch(compact) && !MoneyBack().IsMatch(compact) && !Refused().IsMatch(compact)
        && !NotYet().IsMatch(compact) && !AsksHow().IsMatch(compact);

    [GeneratedRegex("(收|签收|到)(了)?(没|吗|嘛|没有)|收到(了)?就.{0,3}退|(多久|几天|什么时候|啥时候|哪天)(能|才|可以)?退|(赶紧|快点|尽快|马上)退|怎么还没退")]
    private static partial Regex RefundWhen();

    [GeneratedRegex("退货|退回|寄回|发回|寄还|退还|寄给你们|寄过去|退的货|退的东西")]
    private static partial Regex ReturnWords();

    [GeneratedRegex("(已经|已|早就|昨天|前天|今天|刚刚?|都|我)[^，。,.!?！？]{0,8}(寄|退回|发回)|(寄|退回|发回)[回出走还过]?[去来]?(给你们)?了(?!吗|没|么)")]
    private static partial Regex SentDone();

    [GeneratedRegex("拒收|拒签|拒绝签收")]
    private static partial Regex Refused();

    /// <summary>Money sent back, or where it goes ("退回来是退到花呗吗", "花被付的 退到哪"): a refund's route, never a parcel.</summary>
    [GeneratedRegex("(钱|款)[^，。,.!?！？]{0,4}(已经|已)?退回|退(回来|回)?(是)?(到|进|给|回)(花[呗被贝]|支付宝|余额|银行卡|信用卡|储蓄卡|卡里|原)|花[呗被贝]付|原路退")]
    private static partial Regex MoneyBack();

    // "要我寄回去还是你们直接换个新的": a choice still to be made, not a parcel sent; "别让我整套退回去", "L那件我不想寄回去了"
    // turn a return down; "到了我不拆 直接寄回来换可以吗" asks whether it may be sent, once it arrives.
    [GeneratedRegex("(还没|没有|还不|未)(寄|发回|退回)|(别|不要|不用|不想|甭|懒得)[^，。,.!?！？]{0,6}(寄|退回|发回)|没寄|(寄|退|发)[回出走还过]*[去来]?了?(吗|么|没)|要不要寄|能不能寄|下单(的话|后)?寄|(要|让|需要|得|用)我[^，。,.!?！？]{0,4}寄|寄[回过]?[去来]?还是|还是[^，。,.!?！？]{0,8}寄|再(寄|退|发)回|(你们|你)先(寄|发)|寄[回过]?[去来]?的?(运费|邮费|快递费)|寄[回过]?[去来]?修?(太|好|很|挺|真|有点|也)?(麻烦|费劲|折腾|费事)|寄[回过]?[去来]?[^，。,.!?！？]{0,4}(可以|行|成)(吗|么|嘛|不)|(可以|可不可以)[^，。,.!?！？]{0,4}寄|到了[^，。,.!?！？]{0,6}寄")]
    private static partial Regex NotYet();

    [GeneratedRegex("怎么(寄|退)|寄到哪|寄哪|地址(是|发)|运费谁")]
    private static partial Regex AsksHow();

    // "相片已經send咗畀你", "pic sent了": the photos said sent in the buyer's words, English verbs too.
    [GeneratedRegex("(照片|相片|图片|图|视频|截图|pics?|photos?)[^，。,.!?！？]{0,6}(已经|早就|都|之前|刚才|刚刚?)?((发|传|给)(过|了|你们|你了|给你了|你啦)|send(过|了|给|ed)|sent)|(已经|早就|之前|刚才|都)[^，。,.!?！？]{0,4}(发|传|拍)(过|了)?(照片|图片|图|视频)")]
    private static partial Regex PhotosSent();

    [GeneratedRegex("(?i)(sf|yt|jd|zto|yd|sto|jt)[0-9]{8,15}|[0-9]{12,15}")]
    private static partial Regex ReturnTracking();
}

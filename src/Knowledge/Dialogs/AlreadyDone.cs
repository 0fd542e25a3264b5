using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

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

        if (ReturnSent(compact))
        {
            return await ReturnSentAsync(context, cancellationToken).ConfigureAwait(false);
        }

        return PhotoSent(compact) && context.Input.PhotoUrls.Count == 0
            && await PhotoSentAsync(context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"照片已经发了", "图片我发过了", "之前发过照片了": photos sent before this line.</summary>
    public static bool PhotoSent(string compact) => PhotosSent().IsMatch(compact) && !NotYet().IsMatch(compact);

    private static async Task<bool> ReturnSentAsync(FlowContext context, CancellationToken cancellationToken)
    {
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
        var noted = cases.Any(c => c.Kind == CaseKind.LogisticsFollowUp && c.Status == CaseStatus.Open
            && (c.Description ?? string.Empty).StartsWith(ReturnNote, StringComparison.Ordinal));
        if (!noted)
        {
            var note = tracking.Success ? $"{ReturnNote}，退货单号{tracking.Value.ToUpperInvariant()}，请仓库留意签收验货" : $"{ReturnNote}，请仓库留意签收验货";
            await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, note, cancellationToken).ConfigureAwait(false);
        }

        var underWay = order.Refund == RefundStatus.InProgress
            || cases.Any(c => c.Kind is CaseKind.Return or CaseKind.Exchange && c.Status == CaseStatus.Open);
        context.Say(underWay ? "listen_menus.return_sent_in_progress" : "listen_menus.return_sent_no_request", slots);
        return true;
    }

    private static async Task<bool> PhotoSentAsync(FlowContext context, CancellationToken cancellationToken)
    {
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

    /// <summary>"退货已经寄出了", "东西我寄回去了", "已经退回给你们了": the return parcel is on its way back.</summary>
    public static bool ReturnSent(string compact) =>
        ReturnWords().IsMatch(compact) && SentDone().IsMatch(compact) && !MoneyBack().IsMatch(compact)
        && !NotYet().IsMatch(compact) && !AsksHow().IsMatch(compact);

    [GeneratedRegex("退货|退回|寄回|发回|寄还|退还|寄给你们|寄过去|退的货|退的东西")]
    private static partial Regex ReturnWords();

    [GeneratedRegex("(已经|已|早就|昨天|前天|今天|刚刚?|都|我)[^，。,.!?！？]{0,8}(寄|退回|发回)|(寄|退回|发回)[回出走还过]?[去来]?(给你们)?了(?!吗|没|么)")]
    private static partial Regex SentDone();

    [GeneratedRegex("(钱|款)[^，。,.!?！？]{0,4}(已经|已)?退回")]
    private static partial Regex MoneyBack();

    [GeneratedRegex("(还没|没有|还不|未)(寄|发回|退回)|没寄|(寄|退|发)[回出走还过]*[去来]?了?(吗|么|没)|要不要寄|能不能寄")]
    private static partial Regex NotYet();

    [GeneratedRegex("怎么(寄|退)|寄到哪|寄哪|地址(是|发)|运费谁")]
    private static partial Regex AsksHow();

    [GeneratedRegex("(照片|图片|图|视频|截图)[^，。,.!?！？]{0,6}(已经|早就|都|之前|刚才|刚刚?)?(发|传|给)(过|了|你们)|(已经|早就|之前|刚才|都)[^，。,.!?！？]{0,4}(发|传|拍)(过|了)?(照片|图片|图|视频)")]
    private static partial Regex PhotosSent();

    [GeneratedRegex("(?i)(sf|yt|jd|zto|yd|sto|jt)[0-9]{8,15}|[0-9]{12,15}")]
    private static partial Regex ReturnTracking();
}

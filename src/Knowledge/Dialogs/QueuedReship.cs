using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The buyer waits for the colleague who checks a reshipment this chat recorded, and asks about it: "什么时候补" (when it
/// goes out), "补发的单号多少" (none until it leaves), "还要拍照吗" (nothing missing can be photographed; the label helps),
/// "不要补了 退钱吧" (a missing piece's money instead: the reshipment withdrawn and the refund recorded). Answered from
/// that record, never a remedy menu, an order list or a refund's timing.
/// </summary>
public static partial class QueuedReship
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.LastOrderNumber is not { } number
            || context.Facts.MatchedOrderNumbers.Any(n => n != number)
            || (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.Reship).ConfigureAwait(false)).LastOrDefault() is not { } reship)
        {
            return false;
        }

        var compact = context.Compact;
        var missing = reship.Description?.StartsWith(QualityProblems.Label(QualityProblem.Missing), StringComparison.Ordinal) == true;
        var slots = new Dictionary<string, string?> { [Templates.TemplateSlots.OrderNumber] = number };
        if (missing && NoReship().IsMatch(compact) && Refund().IsMatch(compact))
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, reship.Id, "买家不要补发了，改为退少发部分的钱", cancellationToken).ConfigureAwait(false);
            await MissingPieceRefund.OpenAsync(context, number, reship.Description ?? string.Empty, reship.Description, reship.PhotoUrls, cancellationToken).ConfigureAwait(false);
            context.Say("quality_return.missing_refund_opened", slots);
            return true;
        }

        if (await ReshipTiming.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        if (AsksNumber(compact))
        {
            context.Say("quality_return.reship_number_not_yet", slots);
            return true;
        }

        if (missing && PhotoAsked().IsMatch(compact))
        {
            context.Say("quality_return.reship_photo_asked", slots);
            return true;
        }

        return false;
    }

    /// <summary>"补发的单号多少", "快递单号给我": the tracking number of the reshipment asked.</summary>
    public static bool AsksNumber(string compact) => TrackingNumber().IsMatch(compact);

    // "不要补了", "不用补发了", "别寄了", "不想等补发".
    [GeneratedRegex("(?:不要|不用|别|不想|不必)(?:再|给我)?(?:等)?(?:补|寄|发)")]
    private static partial Regex NoReship();

    [GeneratedRegex("退钱|退款|退.{0,4}钱|钱退")]
    private static partial Regex Refund();

    // "补发的单号多少", "快递单号给我", "运单号呢".
    [GeneratedRegex("单号|快递号|运单")]
    private static partial Regex TrackingNumber();

    // "还要拍照吗", "要不要拍", "需要照片吗", "拍什么".
    [GeneratedRegex("(?:要|需要|用)(?:不要|不需要|不用)?(?:再)?(?:拍|发|给)?(?:照片|图|视频|拍照?)[^，。,]{0,3}(?:吗|么|嘛|不|没)|拍什么|要不要拍")]
    private static partial Regex PhotoAsked();
}

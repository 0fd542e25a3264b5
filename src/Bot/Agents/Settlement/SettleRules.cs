using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Bot.Channels;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Bot.Agents.Settlement;

/// <summary>
/// Checks a settle request on its own (outcome, amounts, tracking number, note), before any case is read: every
/// refusal is a 400 that names the field in Chinese.
/// </summary>
public static partial class SettleRules
{
    /// <summary>No single amount of one after-sales case comes near this; a larger one is a typing slip.</summary>
    public const decimal MaxAmount = 100_000m;

    public const int MaxNoteLength = 500;

    public static (CaseResolution? Resolution, IResult? Error) Check(SettleRequest request, string handler)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (CaseOutcomes.Parse(request.Outcome?.Trim()) is not { } outcome)
        {
            return Refuse("'outcome' 必须是 refunded（退款）、exchanged（换货）、reshipped（补发）、compensated（补偿）或 rejected（驳回）之一。");
        }

        var refund = request.Refund ?? 0m;
        var compensation = request.Compensation ?? 0m;
        var postage = request.Postage ?? 0m;
        foreach (var (name, label, amount) in new[] { ("refund", "退款", refund), ("compensation", "补偿", compensation), ("postage", "运费", postage) })
        {
            if (amount < 0 || amount > MaxAmount || !CaseResolutions.IsWholeFen(amount))
            {
                return Refuse(string.Create(CultureInfo.InvariantCulture, $"'{name}'（{label}）必须是 0 到 {MaxAmount:0} 元之间、最多两位小数的金额。"));
            }
        }

        var error = outcome switch
        {
            CaseOutcome.Refunded when refund == 0 => "结果为退款时，'refund'（退款金额）必须大于 0。",
            CaseOutcome.Compensated when compensation == 0 => "结果为补偿时，'compensation'（补偿金额）必须大于 0。",
            CaseOutcome.Rejected when refund > 0 || compensation > 0 => "驳回的工单不能有退款或补偿金额。",
            _ => null,
        };
        var tracking = string.IsNullOrWhiteSpace(request.TrackingNumber) ? null : request.TrackingNumber.Trim();
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        error ??= tracking switch
        {
            not null when outcome is not (CaseOutcome.Exchanged or CaseOutcome.Reshipped) => "只有换货或补发才填写 'trackingNumber'（运单号）。",
            not null when !TrackingNumberPattern().IsMatch(tracking) => "'trackingNumber'（运单号）应为 6 到 32 位字母、数字或 '-'。",
            _ => null,
        };
        error ??= note switch
        {
            null when outcome == CaseOutcome.Rejected => "驳回时请在 'note'（备注）里写明原因。",
            { Length: > MaxNoteLength } => string.Create(CultureInfo.InvariantCulture, $"'note'（备注）最多 {MaxNoteLength} 个字。"),
            _ => null,
        };
        return error is null
            ? (new CaseResolution(handler, postage, refund, compensation, note, Outcome: outcome, TrackingNumber: tracking), null)
            : Refuse(error);
    }

    /// <summary>True when a stored settlement is what the request asks for again (a double click, a retry).</summary>
    public static bool SameAs(CaseRecord record, CaseResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(resolution);
        return record.Status == CaseStatus.Resolved
            && record.Outcome == resolution.Outcome
            && record.Refund == resolution.Refund
            && record.Compensation == resolution.Compensation
            && record.Postage == resolution.Postage
            && string.Equals(record.TrackingNumber, resolution.TrackingNumber, StringComparison.Ordinal)
            && string.Equals(record.Resolution, resolution.Note, StringComparison.Ordinal);
    }

    private static (CaseResolution?, IResult?) Refuse(string message) => (null, ChannelErrors.BadArgument(message));

    [GeneratedRegex("^[A-Za-z0-9-]{6,32}$")]
    private static partial Regex TrackingNumberPattern();
}

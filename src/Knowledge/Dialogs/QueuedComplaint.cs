using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "今天不给我个说法我就投诉加差评" while the buyer waits for a person about a parcel: the threat is a complaint for the
/// supervisor, so it is written on the parcel's open record this chat made (the lost parcel or the courier follow-up the
/// person works from), not left among the chat lines, and the buyer hears it was noted. Said again, nothing is added.
/// </summary>
public static partial class QueuedComplaint
{
    private const string ComplaintNote = "；买家表示要投诉、给差评，请主管跟进";

    public static async Task<bool> TryRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Threat().IsMatch(context.Compact) || NoThreat().IsMatch(context.Compact)
            || context.State.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.LostParcel, CaseKind.LogisticsFollowUp).ConfigureAwait(false))
                .LastOrDefault(c => c.Description is not null) is not { Description: { } description } record)
        {
            return false;
        }

        if (!description.Contains(ComplaintNote, StringComparison.Ordinal))
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, "买家表示要投诉，已连同投诉重新登记", cancellationToken).ConfigureAwait(false);
            var noted = description + ComplaintNote;
            await (record.Kind == CaseKind.LostParcel
                ? context.Actions.ReportLostParcelAsync(context.Turn, number, noted, cancellationToken)
                : context.Actions.FollowUpLogisticsAsync(context.Turn, number, noted, cancellationToken)).ConfigureAwait(false);
        }

        context.Say("complaint.queued_noted", context.SlotsOf(order));
        return true;
    }

    [GeneratedRegex("投诉|差评|12315|曝光|举报|消协|消费者协会")]
    private static partial Regex Threat();

    /// <summary>"不是要投诉", "不会给差评的": no threat.</summary>
    [GeneratedRegex("(?:不是|不会|不想|没说|不打算)(?:要)?(?:去)?(?:投诉|给差评|差评|举报)")]
    private static partial Regex NoThreat();
}

using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "因为尺码买大了" after the refund was recorded in this chat: the reason (its category, never the buyer's sentence) is
/// written onto the open refund record, which is recorded again with it, and said so; the same reason again changes nothing.
/// </summary>
public static class RefundReasonAfter
{
    public static async Task<bool> TryWriteAsync(FlowContext context, string orderNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RefundReasons.Of(context.Facts.Reason) is not { } kind)
        {
            return false;
        }

        var reason = RefundReasons.Label(kind);
        var recorded = (await OpenCases.HereAsync(context, orderNumber, cancellationToken, CaseKind.RefundRequest).ConfigureAwait(false)).LastOrDefault();
        if (recorded is null || string.Equals(recorded.Reason, reason, StringComparison.Ordinal))
        {
            return false;
        }

        await context.Actions.WithdrawCaseAsync(context.Turn, recorded.Id, $"买家补充退款原因：{reason}", cancellationToken).ConfigureAwait(false);
        await context.Actions.RequestRefundAsync(context.Turn, orderNumber, reason, cancellationToken).ConfigureAwait(false);
        context.Say("listen_known.refund_reason_updated", new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = orderNumber, [TemplateSlots.Reason] = reason });
        return true;
    }
}

using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// What to do when the change, the fewer pieces or the hold this chat recorded cannot be done ("改不了就直接发",
/// "压不了的话就全退"): the fallback goes on that record, in one wording, by recording it again with the fallback and
/// withdrawing the earlier one, so a colleague reads one request.
/// </summary>
public static class FallbackRecord
{
    public static async Task AppendAsync(FlowContext context, CaseRecord open, string orderNumber, string description, string fallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(open);
        await context.Actions.WithdrawCaseAsync(context.Turn, open.Id, "买家补充了办不成时的办法，已连同原内容重新登记", cancellationToken).ConfigureAwait(false);
        await (open.Kind == CaseKind.DelayShipment
            ? context.Actions.RecordDelayShipmentAsync(context.Turn, orderNumber, $"{description}；{fallback}", cancellationToken)
            : context.Actions.RequestOrderChangeAsync(context.Turn, orderNumber, open.Reason ?? string.Empty, $"{description}；{fallback}", cancellationToken)).ConfigureAwait(false);
    }
}

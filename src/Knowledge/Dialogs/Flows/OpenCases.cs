using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A record the buyer already has open on an order, in this chat or an earlier one: asking again for the same thing
/// (a second hurry, a second urgent note) is told what is already under way rather than opening a duplicate.
/// </summary>
public static class OpenCases
{
    public static async Task<CaseRecord?> FindAsync(FlowContext context, string orderNumber, CancellationToken cancellationToken, params CaseKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, orderNumber, cancellationToken).ConfigureAwait(false);
        return cases.FirstOrDefault(c => c.Status == CaseStatus.Open && kinds.Contains(c.Kind));
    }
}

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

    /// <summary>The records this chat opened on an order and left open, of the kinds given (any kind when none is), oldest first.</summary>
    public static async Task<List<CaseRecord>> HereAsync(FlowContext context, string orderNumber, CancellationToken cancellationToken, params CaseKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, orderNumber, cancellationToken).ConfigureAwait(false);
        return [.. cases.Where(c => c.Status == CaseStatus.Open && c.ConversationId == context.Input.ConversationId && (kinds.Length == 0 || kinds.Contains(c.Kind)))];
    }
}

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

    /// <summary>
    /// True when this chat left a record open on the order in focus: something a colleague was asked to look into here,
    /// whose answer the buyer waits for ("有单号了跟我说一声", "不能的话也跟我说一声").
    /// </summary>
    public static async Task<bool> AwaitedOnFocusAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.LastOrderNumber is { } number && (await HereAsync(context, number, cancellationToken).ConfigureAwait(false)).Count > 0;
    }

    /// <summary>The record of the kind this chat opened last on the order and left open, or null.</summary>
    public static async Task<CaseRecord?> LatestHereAsync(FlowContext context, string orderNumber, CaseKind kind, CancellationToken cancellationToken) =>
        (await HereAsync(context, orderNumber, cancellationToken, kind).ConfigureAwait(false)).OrderBy(c => c.CreatedAt).LastOrDefault();

    /// <summary>The records this chat opened on an order and left open, of the kinds given (any kind when none is), oldest first.</summary>
    public static async Task<List<CaseRecord>> HereAsync(FlowContext context, string orderNumber, CancellationToken cancellationToken, params CaseKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, orderNumber, cancellationToken).ConfigureAwait(false);
        return [.. cases.Where(c => c.Status == CaseStatus.Open && c.ConversationId == context.Input.ConversationId && (kinds.Length == 0 || kinds.Contains(c.Kind)))];
    }
}

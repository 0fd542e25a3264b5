namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The end of every turn: replies said beside the main need added, a failed or repeated turn counted (so a loop ends with a
/// person), and what was said remembered for the next turn.
/// </summary>
public sealed partial class DialogEngine
{
    private static DialogOutcome Outcome(FlowContext context, DialogOutcomeKind kind, string intent, bool askedForPerson = false, bool lowConfidenceAfterClarification = false)
    {
        var state = context.State;
        // "明天不在家怎么办", "怎么发图片" said beside the main need: answered in the same reply, after it.
        if (BesideNeeds.Add(context, askedForPerson) && kind == DialogOutcomeKind.NotUnderstood && context.DropFallback())
        {
            kind = DialogOutcomeKind.Answered;
        }

        context.Tidy();
        context.DropSaidBefore();

        // "托特包付不了款", "我前天买的四件套239" answered without an order of its own: the one order those words name is the
        // one the next line speaks of ("能跟四件套一起发吗", "退我40差价"), never a menu of every order.
        if (kind == DialogOutcomeKind.Answered && state.LastOrderNumber is null && context.Facts.MatchedOrderNumbers is [var only])
        {
            state.LastOrderNumber = only;
        }

        // Saying only what the buyer already read is no answer: it counts as a failed turn, so a loop ends with a person.
        var repeated = context.Replies.Count > 0 && context.Replies.All(r => state.LastReplies.Contains(r.Text, StringComparer.Ordinal));
        state.FailedTurns = kind == DialogOutcomeKind.NotUnderstood || repeated ? state.FailedTurns + 1 : 0;
        state.LastReplies = [.. context.Replies.Select(r => r.Text)];
        state.LastQuestion = context.AnsweredQuestion;
        state.Remember(context.Replies.Select(r => (r.TemplateId, r.OrderNumber, r.Text)));
        return new DialogOutcome(
            kind,
            context.Replies,
            context.Suggested,
            intent,
            askedForPerson,
            lowConfidenceAfterClarification,
            state.FailedTurns,
            context.NeedsPerson,
            context.PastShippingPromise,
            state.OrderNumber ?? state.LastOrderNumber);
    }
}

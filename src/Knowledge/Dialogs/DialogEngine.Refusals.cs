using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>A buyer who refuses what the waiting flow stands for: the other need taken up, or nothing done.</summary>
public sealed partial class DialogEngine
{
    /// <summary>
    /// "不是要退款啦 是问问能不能晚几天发": the waiting flow's own action is refused and the rest of the line asks for
    /// another need, which is taken up on the same order; the refused flow records nothing. Null when no other need shows.
    /// </summary>
    private async Task<DialogOutcome?> InsteadOfRefusedAsync(FlowContext context, string active, CancellationToken cancellationToken)
    {
        var understanding = context.Input.Understanding;
        var candidates = understanding.RunnerUp is { } runnerUp ? new[] { understanding.Top.Intent, runnerUp.Intent } : [understanding.Top.Intent];
        var instead = candidates.FirstOrDefault(i => i != active && !IsSmallTalk(i) && i != IntentIds.Human && _flows.ContainsKey(i)
            && !context.Facts.Cues.Negated.Any(a => ActionIntents.StandsFor(i, a))
            && !(active == IntentIds.QualityReturn && i == IntentIds.QualityReturn));
        if (instead is null || (!FollowUpRequests.AsksToAct(context.Normalized) && !context.Facts.Cues.IsQuestion && !QualityProblems.Denied(context.Normalized)))
        {
            return null;
        }

        context.State.EndFlow();
        return await StartAsync(context, instead, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsSmallTalk(string intent) => intent is IntentIds.Greeting or IntentIds.Thanks or IntentIds.Other;

    /// <summary>"划痕，赔我50元就不退了" refuses the return, not the quality problem: a named problem or a settlement wish keeps the flow.</summary>
    /// <remarks>"不退货了" after a quality case was recorded in this conversation refuses that case's remedy: the quality flow withdraws it.</remarks>
    private static string? StillMeant(string? meant, string intent, FlowContext context) =>
        meant is not null ? meant
        : intent == IntentIds.QualityReturn && (QualityProblems.NamesAProblem(context.Normalized) || QualitySettlements.Concerns(context.Normalized)) ? intent
        : QualityReturnFlow.RecordedHere(context.State) is not null && QualityReturnFlow.RefusesRemedy(context.Normalized) ? IntentIds.QualityReturn
        : null;

    /// <summary>The buyer refuses what the intent stands for and asks for nothing else: say it is noted, do nothing.</summary>
    private static DialogOutcome Declined(FlowContext context, string intent)
    {
        var order = context.State.OrderNumber;
        context.State.EndFlow();
        if (intent == IntentIds.RefundUnshipped && order is not null)
        {
            context.Say("refund_unshipped.kept", new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = order });
        }
        else
        {
            context.Say("dialog.declined");
        }

        return Outcome(context, DialogOutcomeKind.Answered, intent);
    }
}

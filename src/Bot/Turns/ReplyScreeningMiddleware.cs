using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShopBot.Bot.Schema;
using ShopBot.Knowledge.Screening;

namespace ShopBot.Bot.Turns;

/// <summary>
/// Screens the text of every outgoing message the bot wrote, in a buyer's turn and in a continuation (a queue notice, a
/// follow-up); an agent's message (<c>from</c> <c>agent:{id}</c>) passed the agent's screen before it was sent. A
/// blocked text is replaced by the screen's rewrite when that passes, otherwise by a neutral hand-over line, and the turn is marked for escalation: a blocked reply is never sent as is.
/// A sender that set <see cref="DropWhenBlocked"/> in the turn's state has a blocked text dropped instead.
/// The screen is looked up per turn so the host starts without one; a turn without a screen fails (closed) instead
/// of sending unscreened text.
/// </summary>
public sealed partial class ReplyScreeningMiddleware(IServiceProvider services, ILogger<ReplyScreeningMiddleware> logger) : IMiddleware
{
    public const string HandOverLine = "这个问题我请人工客服同事为您确认一下，请稍等片刻。";

    public const string BlockedReplyReason = "reply-blocked";

    /// <summary>How an agent's messages are addressed to the buyer: <c>from.id</c> <c>agent:{id}</c>.</summary>
    public const string AgentAccountPrefix = "agent:";

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var screen = services.GetService<IReplyScreen>()
            ?? throw new InvalidOperationException("No IReplyScreen is registered: replies cannot be screened, so none are sent.");
        turnContext.OnSendActivities((context, activities, sendNext) =>
        {
            for (var i = 0; i < activities.Count;)
            {
                if (ScreenOne(screen, context, activities[i]) is { } screened)
                {
                    activities[i++] = screened;
                }
                else
                {
                    activities.RemoveAt(i);
                }
            }

            return sendNext();
        });
        return next(cancellationToken);
    }

    /// <summary>The activity to send in place of <paramref name="activity"/>, or null to send nothing.</summary>
    private Activity? ScreenOne(IReplyScreen screen, ITurnContext context, Activity activity)
    {
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Text) || IsFromAnAgent(activity))
        {
            return activity;
        }

        var verdict = screen.Screen(activity.Text);
        if (verdict.Allowed)
        {
            return activity;
        }

        var kinds = string.Join(",", verdict.Violations.Select(v => v.Kind).Distinct());
        if (context.TurnState.Get<DropWhenBlocked>() is { } drop)
        {
            LogDropped(kinds);
            drop.Count();
            return null;
        }

        var screened = activity.Clone();
        if (verdict.Rewrite is { Length: > 0 } rewrite && screen.Screen(rewrite).Allowed)
        {
            LogRewritten(kinds);
            screened.Text = rewrite;
            return screened;
        }

        LogBlocked(kinds);
        screened.Text = HandOverLine;
        context.TurnState.Set(new EscalationRequest(BlockedReplyReason));
        return screened;
    }

    /// <summary>Only an agent's account is left out, so anything else the bot sends is screened (fail closed).</summary>
    private static bool IsFromAnAgent(Activity activity) =>
        activity.From?.Id?.StartsWith(AgentAccountPrefix, StringComparison.Ordinal) == true;

    [LoggerMessage(Level = LogLevel.Information, Message = "Reply rewritten by the screen for {ViolationKinds}")]
    private partial void LogRewritten(string violationKinds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply blocked by the screen for {ViolationKinds}; dropped, as its sender asked")]
    private partial void LogDropped(string violationKinds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply blocked by the screen for {ViolationKinds}; escalating")]
    private partial void LogBlocked(string violationKinds);
}

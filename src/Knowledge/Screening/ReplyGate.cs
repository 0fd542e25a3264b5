using System.Globalization;

namespace ShopBot.Knowledge.Screening;

/// <summary>
/// The three doors a buyer-facing text passes. The bot's reply is sent as is, replaced by its passing rewrite, or
/// never sent and escalated; a template that fails is refused with the reason; an agent's reply comes back with its
/// violations for the agent to edit. A blocked text never goes out through any door.
/// </summary>
public sealed class ReplyGate(IReplyScreen screen)
{
    public GateDecision ForBot(string reply)
    {
        var verdict = screen.Screen(reply);
        return verdict switch
        {
            { Allowed: true } => new GateDecision(GateAction.Send, reply, verdict),
            { Rewrite: { } rewrite } => new GateDecision(GateAction.SendRewrite, rewrite, verdict),
            _ => new GateDecision(GateAction.Escalate, null, verdict),
        };
    }

    /// <summary>Throws <see cref="TemplateRejectedException"/> when the template's text fails the screen.</summary>
    public void EnsureTemplateAllowed(string templateId, string text)
    {
        var verdict = screen.Screen(text);
        if (!verdict.Allowed)
        {
            throw new TemplateRejectedException(templateId, verdict);
        }
    }

    /// <summary>The verdict on an agent's draft; when it is not allowed the draft must not be sent, and the agent edits it.</summary>
    public ScreenVerdict ForAgent(string reply) => screen.Screen(reply);

    /// <summary>The violations in a line a person can act on: <c>superlative '最好' at 5; promise '一定到' at 12</c>.</summary>
    public static string Describe(ScreenVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return verdict.Allowed
            ? "allowed"
            : string.Join("; ", verdict.Violations.Select(v => string.Create(CultureInfo.InvariantCulture,
                $"{v.Kind.ToString().ToLowerInvariant()} '{v.Match}' at {v.Index}")));
    }
}

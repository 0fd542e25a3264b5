using ShopBot.Knowledge.Screening;

namespace ShopBot.Bot.Agents;

/// <summary>The reply screen as the agent sees it: the violations to edit out and, when the screen has one, a compliant rewrite.</summary>
public sealed class AgentReplyScreening(ReplyGate gate)
{
    public ScreenResult Screen(string text)
    {
        var verdict = gate.ForAgent(text);
        return new ScreenResult(
            verdict.Allowed,
            [.. verdict.Violations.Select(v => new ViolationItem(WireNames.Of(v.Kind), v.Match, v.Index))],
            verdict.Allowed ? null : verdict.Rewrite);
    }
}

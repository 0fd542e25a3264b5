namespace ShopBot.Knowledge.Screening;

/// <summary>The screen's decision on a bot reply: the text to send (null when it must escalate) and the verdict behind it.</summary>
public sealed record GateDecision(GateAction Action, string? TextToSend, ScreenVerdict Verdict)
{
    public bool MustEscalate => Action == GateAction.Escalate;
}

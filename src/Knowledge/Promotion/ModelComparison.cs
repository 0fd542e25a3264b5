namespace ShopBot.Knowledge.Promotion;

/// <summary>
/// The model in use and the new model side by side on the held-out lines, and the gate's verdict: <see cref="Passed"/>
/// when no contract intent's F1 falls by more than <see cref="MaxF1Drop"/> and the share of in-scope lines answered
/// with a wrong intent does not rise. <see cref="Reasons"/> says in Chinese why it failed.
/// </summary>
public sealed record ModelComparison(
    IReadOnlyList<string> Files,
    int Lines,
    int LeftOut,
    double MaxF1Drop,
    int InScopeLines,
    int CurrentInScopeWrong,
    int CandidateInScopeWrong,
    double CurrentAccuracy,
    double CandidateAccuracy,
    IReadOnlyList<IntentComparison> Intents,
    bool Passed,
    IReadOnlyList<string> Reasons)
{
    public double CurrentWrongShare => InScopeLines == 0 ? 0 : Math.Round((double)CurrentInScopeWrong / InScopeLines, 4);

    public double CandidateWrongShare => InScopeLines == 0 ? 0 : Math.Round((double)CandidateInScopeWrong / InScopeLines, 4);
}

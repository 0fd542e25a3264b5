namespace ShopBot.Bot.Records;

/// <summary>
/// Which recorded turns put their conversation in the trainer's review inbox: a clarifying question, a fallback, a
/// handoff because the bot stayed unsure, or a buyer line correcting the one before ("不是…", "我说的是…"). The
/// records index such conversations as they are written, so the inbox never reads the turns of the others.
/// </summary>
public static class ReviewCandidates
{
    /// <summary>How far back the inbox looks, and how long a conversation's turns are kept for it.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    private static readonly string[] CorrectionStarts = ["不是", "不对", "我说的是", "我是说", "我问的是"];

    /// <summary>How long the review index keeps a conversation: the window, or the records' retention when shorter.</summary>
    public static TimeSpan KeptFor(RecordsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Retention < Window ? options.Retention : Window;
    }

    /// <summary>Whether this normalised buyer line corrects the line before it.</summary>
    public static bool IsCorrection(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CorrectionStarts.Any(c => text.StartsWith(c, StringComparison.Ordinal));
    }

    /// <summary>Whether the turn (or, for a correction, the turn before it) is one for the review inbox.</summary>
    public static bool Marks(BotTurnRecord turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.HandoffTrigger is "low_confidence_after_clarification" or "repeated_failures"
            || turn.Outcome is "not_understood" or "clarifying"
            || turn.Decision == "clarify"
            || IsCorrection(turn.Text);
    }
}

namespace ShopBot.Bot.Conversations;

/// <summary>One buyer line and what the bot's answer to it must (and must not) hold. Every check left empty is not made.</summary>
public sealed class ScriptTurn
{
    /// <summary>
    /// True when the buyer comes back in a new chat before this line: the chat so far ends as a finished test chat does,
    /// and what it recorded stays (a follow-up in a later conversation).
    /// </summary>
    public bool NewChat { get; set; }

    /// <summary>What the buyer types.</summary>
    public string Buyer { get; set; } = string.Empty;

    /// <summary>Words every one of which appears in the bot's replies of this turn.</summary>
    public List<string> Says { get; set; } = [];

    /// <summary>Words at least one of which appears in the replies.</summary>
    public List<string> SaysAny { get; set; } = [];

    /// <summary>Words none of which may appear in the replies.</summary>
    public List<string> NeverSays { get; set; } = [];

    /// <summary>The intent the bot understood, when it matters.</summary>
    public string? Intent { get; set; }

    /// <summary>Who answers after this turn: <c>bot</c>, <c>queued</c> or <c>agent</c>.</summary>
    public string? State { get; set; }

    /// <summary>Records this turn must open or change, each matched by type, order and the fields given.</summary>
    public List<ExpectedRecord> Records { get; set; } = [];

    /// <summary>True when this turn must write nothing down.</summary>
    public bool NoRecords { get; set; }
}

namespace ShopBot.Bot.Conversations;

/// <summary>One conversation of a trainer's test file: a sample buyer and their lines, each with what the bot must do.</summary>
public sealed class ConversationScript
{
    /// <summary>What the conversation is about, in the trainer's words; it names the conversation in the report.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The sample buyer's member name, whose orders the bot sees.</summary>
    public string Buyer { get; set; } = string.Empty;

    /// <summary>The situations it covers (<c>track.stalled</c>, <c>invoice.details_up_front</c> ...), counted in the README.</summary>
    public List<string> Tags { get; set; } = [];

    public List<ScriptTurn> Turns { get; set; } = [];

    /// <summary>The file it came from and its line, for the report.</summary>
    public string Source { get; set; } = string.Empty;
}

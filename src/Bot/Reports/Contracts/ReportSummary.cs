using System.Text.Json.Serialization;

namespace ShopBot.Bot.Reports.Contracts;

/// <summary>
/// <c>GET /api/reports/summary</c>: the outcome figures of the conversations that started between
/// <see cref="From"/> and <see cref="To"/> (Shanghai dates, both included). Every field is described in the README.
/// </summary>
public sealed record ReportSummary
{
    public required string From { get; init; }

    public required string To { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    public required int Conversations { get; init; }

    public required int ResolvedByBot { get; init; }

    public required int HandedOff { get; init; }

    public required int Abandoned { get; init; }

    public required int Unresolved { get; init; }

    public required int Open { get; init; }

    /// <summary>Resolved by the bot among the conversations whose outcome is known (all but the open ones); null when none is.</summary>
    public double? BotResolutionRate { get; init; }

    public required IReadOnlyDictionary<string, int> HandoffReasons { get; init; }

    public required CsatFigure Csat { get; init; }

    public required int Turns { get; init; }

    public required IReadOnlyDictionary<string, int> Intents { get; init; }

    /// <summary>The Chinese name of each intent in <see cref="Intents"/> and <see cref="Unanswered"/>.</summary>
    public required IReadOnlyDictionary<string, string> IntentNames { get; init; }

    public required IReadOnlyList<UnansweredQuestion> Unanswered { get; init; }

    public required DurationFigure QueueWait { get; init; }

    public required IReadOnlyList<AgentFigures> Agents { get; init; }

    public required IReadOnlyList<DayFigures> Days { get; init; }
}

/// <summary>The buyers' ratings (1 to 5) of chats with a person: their mean, to two decimals, and how many there were.</summary>
public sealed record CsatFigure(double? Average, int Count);

/// <summary>A duration in seconds: the median and the 90th percentile (nearest rank) of <see cref="Count"/> measurements.</summary>
public sealed record DurationFigure(double? MedianSeconds, double? P90Seconds, int Count);

/// <summary>A normalised buyer line the bot could not use, how often, and the intent the model guessed for it.</summary>
public sealed record UnansweredQuestion(string Text, int Count, string Intent);

/// <summary>One agent's chats in the range: how many, how fast they first answered, how long they handled them, and their rating.</summary>
public sealed record AgentFigures(string AgentId, string Name, int Chats, DurationFigure FirstResponse, DurationFigure Handling, CsatFigure Csat);

/// <summary>The outcome counts of the conversations that started on one day, and its bot turns.</summary>
public sealed record DayFigures(
    [property: JsonPropertyName("date")] string Date,
    int Conversations,
    int ResolvedByBot,
    int HandedOff,
    int Abandoned,
    int Unresolved,
    int Open,
    int Turns);

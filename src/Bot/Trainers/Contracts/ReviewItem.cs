namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>
/// One line of the review inbox: the normalised buyer text, how often and when last it was heard, why it is here
/// (<c>clarified</c>, <c>fallback</c>, <c>low_confidence</c>, <c>corrected</c>, with their Chinese labels), the bot's
/// guess and the newest conversation around it.
/// </summary>
public sealed record ReviewItem(
    string Id,
    string Text,
    int Count,
    DateTimeOffset LastAt,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> ReasonNames,
    ReviewGuess Guess,
    IReadOnlyList<ReviewContextLine> Context);

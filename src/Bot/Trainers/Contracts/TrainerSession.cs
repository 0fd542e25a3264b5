using ShopBot.Bot.Buyer;

namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>Who signed in, the sample buyers an utterance can be tried as, and the longest utterance accepted.</summary>
public sealed record TrainerSession(string Name, IReadOnlyList<SampleBuyer> SampleBuyers, int MaxTextLength);

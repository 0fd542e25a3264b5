using ShopBot.Knowledge.Promotion;

namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>The promoted model, the one kept for a rollback, and the one this host serves (null: loaded at start-up, never promoted).</summary>
public sealed record ModelStatus(IntentModelStamp? Current, IntentModelStamp? Previous, IntentModelStamp? Serving);

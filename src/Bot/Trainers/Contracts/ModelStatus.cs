using ShopBot.Knowledge.Promotion;

namespace ShopBot.Bot.Trainers.Contracts;

/// <summary>
/// The promoted model, the one kept for a rollback, the one this host serves (null: loaded at start-up, never
/// promoted), and what this host's start-up did about a stale model (null when the saved model was current).
/// </summary>
public sealed record ModelStatus(IntentModelStamp? Current, IntentModelStamp? Previous, IntentModelStamp? Serving, StartUpRetrain? StartUp = null);

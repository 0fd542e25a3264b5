using System.ComponentModel.DataAnnotations;

namespace ShopBot.Handoff.Hosting;

/// <summary>
/// When a turn escalates on its own. The complaint and abuse words live in the knowledge base
/// (<c>knowledge-base/handoff/</c>), where trainers edit them.
/// </summary>
public sealed class TriggerOptions
{
    /// <summary>Failed turns in a row after which the buyer is handed to a person.</summary>
    [Range(1, 10)]
    public int FailedTurnsBeforeHandoff { get; set; } = 2;
}

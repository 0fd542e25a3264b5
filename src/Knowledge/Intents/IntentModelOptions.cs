using System.ComponentModel.DataAnnotations;

namespace ShopBot.Knowledge.Intents;

/// <summary>Where the trained model zip lives, bound from <c>Intents</c>.</summary>
public sealed class IntentModelOptions
{
    public const string Section = "Intents";

    /// <summary>The model zip; a relative path is taken from the folder that holds <c>knowledge-base/</c>.</summary>
    [Required]
    public string ModelPath { get; set; } = "artifacts/intent-model.zip";

    /// <summary>Folds of the cross-validation that <c>train</c> prints.</summary>
    [Range(2, 20)]
    public int CrossValidationFolds { get; set; } = 5;

    /// <summary>
    /// The promotion gate's margin: a retrained model is refused (unless overridden) when any contract intent's F1 on
    /// the held-out files falls by more than this.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MaxF1Drop { get; set; } = 0.02;

    /// <summary>
    /// A sentence a trainer adds to one intent's examples while the model in use gives another intent at least this
    /// confidence is held back until the trainer confirms it.
    /// </summary>
    [Range(0.0, 1.0)]
    public double FirmGuessConfidence { get; set; } = 0.8;
}

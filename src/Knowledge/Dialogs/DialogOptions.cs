using System.ComponentModel.DataAnnotations;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Settings of the scripted flows, bound from <c>Dialogs</c>.</summary>
public sealed class DialogOptions
{
    public const string Section = "Dialogs";

    /// <summary>The most compensation, in yuan, the bot may offer (the usual postage); above it a supervisor decides.</summary>
    [Range(0, 1000)]
    public decimal MaxBotCompensation { get; set; } = 10m;

    /// <summary>A general question (no order number) is answered from the policies when their best score reaches this.</summary>
    [Range(0.0, 1.0)]
    public double PolicyFirstScore { get; set; } = 0.45;

    /// <summary>Confidence at which the model's own <c>human</c> or <c>complaint</c> verdict is acted on without the detector's words.</summary>
    [Range(0.0, 1.0)]
    public double ConfidentEscalation { get; set; } = 0.5;

    /// <summary>Confidence a new intent needs to pull the buyer out of a flow that is waiting for an answer.</summary>
    [Range(0.0, 1.0)]
    public double SwitchConfidence { get; set; } = 0.75;

    /// <summary>The same, while the flow waits for free text (a reason, a description, a title).</summary>
    [Range(0.0, 1.0)]
    public double SwitchConfidenceOverFreeText { get; set; } = 0.9;
}

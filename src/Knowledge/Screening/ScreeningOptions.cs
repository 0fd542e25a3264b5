namespace ShopBot.Knowledge.Screening;

/// <summary>Reply screen settings, bound from <c>Screening</c>.</summary>
public sealed class ScreeningOptions
{
    public const string Section = "Screening";

    /// <summary>Reload the lexicon when a file in <c>knowledge-base/screening/</c> changes (default on).</summary>
    public bool WatchLexicon { get; set; } = true;
}

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Normalised text without its spaces, the form the dialog's keyword patterns are written against.</summary>
internal static class CompactText
{
    public static string Of(string normalizedText) => normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal);
}

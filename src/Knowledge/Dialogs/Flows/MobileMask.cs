namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A mobile number shown to the buyer with four digits hidden, so that a change can be checked: 139****5678 as a rule,
/// but when the original number shows the same that way (13400006666 → 13488886666), the last four are hidden instead
/// (1348888****), so old and new never look identical. A number said before and corrected (13800001112 → 13806601112)
/// counts like the original: the corrected one never reads as the typo did.
/// </summary>
public static class MobileMask
{
    public static string Mask(string mobile, string? original = null, string? saidBefore = null)
    {
        ArgumentNullException.ThrowIfNull(mobile);
        if (mobile.Length != 11)
        {
            return mobile;
        }

        var usual = Usual(mobile);
        return LooksTheSame(original, mobile, usual) || LooksTheSame(saidBefore, mobile, usual) ? $"{mobile[..7]}****" : usual;
    }

    private static bool LooksTheSame(string? other, string mobile, string usual) =>
        other is { Length: 11 } && !string.Equals(other, mobile, StringComparison.Ordinal) && string.Equals(Usual(other), usual, StringComparison.Ordinal);

    /// <summary>The original number shown the same way as <see cref="Mask"/> shows the new one beside it.</summary>
    public static string MaskOriginal(string original, string mobile)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(mobile);
        return Mask(original, mobile);
    }

    private static string Usual(string mobile) => $"{mobile[..3]}****{mobile[7..]}";
}

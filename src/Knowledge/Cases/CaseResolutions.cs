namespace ShopBot.Knowledge.Cases;

/// <summary>Checks a resolution before any store applies it.</summary>
public static class CaseResolutions
{
    public static void Validate(CaseResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        if (string.IsNullOrWhiteSpace(resolution.Handler))
        {
            throw new CaseDraftException("Handler is required to resolve a case.");
        }

        if (resolution.Postage < 0 || resolution.Refund < 0 || resolution.Compensation < 0)
        {
            throw new CaseDraftException("Postage, refund and compensation cannot be negative.");
        }

        if (!IsWholeFen(resolution.Postage) || !IsWholeFen(resolution.Refund) || !IsWholeFen(resolution.Compensation))
        {
            throw new CaseDraftException("Postage, refund and compensation have at most two decimals (whole fen).");
        }
    }

    /// <summary>True for an amount of whole fen: at most two decimals, trailing zeros aside (12.500 is 12.50).</summary>
    public static bool IsWholeFen(decimal amount) => decimal.Round(amount, 2) == amount;
}

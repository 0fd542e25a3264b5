using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>The change this chat last recorded on an order ("尺码从120cm改成130cm"), for follow-ups about it.</summary>
internal static class RecordedOrderChange
{
    /// <summary>The latest open order change's description without the item it names in brackets; null when none.</summary>
    public static async Task<string?> LatestAsync(FlowContext context, string orderNumber, CancellationToken cancellationToken)
    {
        var latest = (await OpenCases.HereAsync(context, orderNumber, cancellationToken, CaseKind.OrderChange).ConfigureAwait(false))
            .OrderBy(c => c.CreatedAt).LastOrDefault();
        return latest?.Description is { } description ? WithoutItem(description) : null;
    }

    /// <summary>"尺码从120cm改成130cm（商品：…）" without the item it names in brackets.</summary>
    private static string WithoutItem(string description) =>
        description.IndexOf('（', StringComparison.Ordinal) is > 0 and var bracket ? description[..bracket] : description;
}

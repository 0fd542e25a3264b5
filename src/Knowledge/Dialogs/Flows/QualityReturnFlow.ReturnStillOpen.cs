namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>A wrong item put down as an exchange while the buyer had not chosen: the return stays theirs to pick.</summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>
    /// "浴巾颜色发错了" answered with the return or the exchange to choose, then only "照片晚点发": the exchange a wrong item
    /// gets is recorded, and the buyer is told in the same breath that the money back is theirs for the asking.
    /// </summary>
    private static void SayReturnStillOpen(FlowContext context, string? wish, IReadOnlyCollection<string> photos, IReadOnlyDictionary<string, string?> slots)
    {
        if (wish is null && photos.Count == 0 && context.State.Values.ContainsKey(PhotosLaterKey) && context.State.Values.ContainsKey(RemedyOfferedKey))
        {
            context.Say("quality_return.exchange_return_still_open", slots);
        }
    }
}

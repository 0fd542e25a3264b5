using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Lines that belong to the quality case this chat recorded, whatever intent the model gives them.</summary>
public sealed partial class DialogEngine
{
    /// <summary>
    /// Photos put off ("照片现在拍不了 明天发"), or the broken piece asked to be sent again beside a refund turned down
    /// ("不要退款 你们给我补两个碗寄过来就行"), or the broken pieces' money asked ("把两个碗的钱退我就行"): the case recorded here is what the line is about, never a refund of a
    /// signed-for order.
    /// </summary>
    private static bool AboutRecordedCase(FlowContext context) =>
        context.State.ActiveFlow is null && QualityReturnFlow.RecordedHere(context.State) is { } recorded
        && (context.Facts.Cues.PhotoLater
            || ((QualitySettlements.WantsReship(context.Normalized) || QualityReturnFlow.AsksPiecesMoney(context.Compact))
                && context.Facts.MatchedOrderNumbers.All(n => n == recorded)));
}

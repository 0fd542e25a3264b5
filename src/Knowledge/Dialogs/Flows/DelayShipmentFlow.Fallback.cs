namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>What the warehouse does if a hold cannot be kept, said with the hold.</summary>
public sealed partial class DelayShipmentFlow
{
    /// <summary>
    /// "压不了就退", "实在压不住就正常发 放驿站" said with the hold: what the warehouse does if it cannot wait, for the note
    /// and in the words said back; null when the line gives no fallback.
    /// </summary>
    private static (string Note, string Said)? FallbackOf(FlowContext context)
    {
        if (RefundFallback.OrElseWhole(context.Compact))
        {
            return ("若压不了单，买家同意整单退款", "压不了单就整单退款");
        }

        if (!HoldLifted.ShipsIfNotHeld(context.Normalized))
        {
            return null;
        }

        var wish = DeliveryWish.Read(context.Compact) is { } said ? "，包裹" + DeliveryWish.Said(said) : string.Empty;
        return (HoldLifted.FallbackNote(context.Normalized) + wish, "压不了就照常发货" + wish);
    }
}

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "还在保修吗 修要钱不" while the photos of a repair are awaited: a question about that repair, which is recorded at
/// once with the photos to follow and answered from the repair-warranty policy, never the photos asked for again.
/// </summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>True when the line asks what the repair awaiting photos costs or whether the warranty covers it.</summary>
    public static bool AsksAboutRepairAwaited(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.Values.GetValueOrDefault(WishKey) == RepairWish
            && (QualitySettlements.AsksWhatRepairCosts(context.Compact) || RepairWarranty.AsksWarranty(context.Compact));
    }
}

namespace ShopBot.Handoff.Triggers;

/// <summary>Why a turn goes to a person; the most pressing applies when several do.</summary>
public enum HandoffTrigger
{
    BuyerAsked,
    LowConfidenceAfterClarification,
    RepeatedFailures,
    FlowNeedsPerson,
    Complaint,
    Abuse,
}

namespace ShopBot.Bot.Reports;

/// <summary>The reason categories the owner reads, from the handoff triggers of the turn records.</summary>
public static class HandoffReasons
{
    public const string BuyerAsked = "buyer_asked";
    public const string UnclearAfterClarifying = "unclear_after_clarifying";
    public const string FlowNeedsPerson = "flow_needs_person";
    public const string Complaint = "complaint";
    public const string Fallback = "fallback";

    public static IReadOnlyList<string> All { get; } = [BuyerAsked, UnclearAfterClarifying, FlowNeedsPerson, Complaint, Fallback];

    /// <summary>Abuse counts as a complaint; failing turn after turn is a fallback; a blocked reply is a flow that needs a person.</summary>
    public static string Of(string trigger) => trigger switch
    {
        "buyer_asked" => BuyerAsked,
        "low_confidence_after_clarification" => UnclearAfterClarifying,
        "repeated_failures" => Fallback,
        "complaint" or "abuse" => Complaint,
        _ => FlowNeedsPerson,
    };
}

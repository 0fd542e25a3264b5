namespace ShopBot.Handoff.Queue;

/// <summary>Queue priority: higher values are served first; equal priorities first come, first served.</summary>
public enum HandoffPriority
{
    Normal = 0,

    /// <summary>The order is past the shop's shipping promise.</summary>
    Overdue = 1,

    /// <summary>A complaint, a threat to rate badly or report the shop, or an angry buyer.</summary>
    Complaint = 2,
}

using ShopBot.Handoff.Routing;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Bot.Agents;

/// <summary>Chinese names of routing and case statuses for the console; the API keeps the ids beside them.</summary>
public static class StatusNames
{
    public static string Of(RoutingStatus status) => status switch
    {
        RoutingStatus.WithBot => "机器人接待中",
        RoutingStatus.Queued => "排队等人工",
        RoutingStatus.WithAgent => "人工接待中",
        RoutingStatus.BackWithBot => "已转回机器人",
        RoutingStatus.Closed => "已结束",
        _ => status.ToString(),
    };

    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Open => "处理中",
        CaseStatus.Resolved => "已办结",
        CaseStatus.Cancelled => "已撤销",
        _ => status.ToString(),
    };
}

namespace ShopBot.Handoff.Routing;

/// <summary>One recorded change of routing state: from what, to what, who did it, why and when.</summary>
public sealed record RoutingTransition(RoutingStatus From, RoutingStatus To, string Actor, string Reason, DateTimeOffset At);

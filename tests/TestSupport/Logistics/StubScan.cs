namespace ShopBot.TestSupport.Logistics;

/// <summary>One scan the stub returns: <c>location</c> as carriers fill it, <c>areaName</c> as Kuaidi100's area parsing adds it.</summary>
public sealed record StubScan(DateTimeOffset Time, string Context, string? Location = null, string? AreaName = null);

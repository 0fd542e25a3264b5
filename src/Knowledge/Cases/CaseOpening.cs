namespace ShopBot.Knowledge.Cases;

/// <summary>What <see cref="ICaseStore.OpenUnlessOpenAsync"/> did: the case it opened, or the open one that stood.</summary>
public sealed record CaseOpening(CaseRecord Case, bool Opened);

using ShopBot.Handoff.Transcripts;

namespace ShopBot.Handoff.Tests.Transcripts;

public sealed class InMemoryClientActivityIdsTests : ClientActivityIdsContractTests
{
    protected override Task<IClientActivityIds> CreateAsync() => Task.FromResult<IClientActivityIds>(new InMemoryClientActivityIds());
}

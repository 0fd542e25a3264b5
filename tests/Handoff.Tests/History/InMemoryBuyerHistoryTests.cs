using ShopBot.Handoff.History;

namespace ShopBot.Handoff.Tests.History;

public sealed class InMemoryBuyerHistoryTests : BuyerHistoryContractTests
{
    protected override Task<IBuyerHistory> CreateAsync() => Task.FromResult<IBuyerHistory>(new InMemoryBuyerHistory());
}

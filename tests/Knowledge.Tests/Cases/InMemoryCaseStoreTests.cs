using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Knowledge.Cases;
using ShopBot.TestSupport.Cases;

namespace ShopBot.Knowledge.Tests.Cases;

public sealed class InMemoryCaseStoreTests : CaseStoreContract
{
    protected override ICaseStore CreateStore() => new InMemoryCaseStore(Time, NullLogger<InMemoryCaseStore>.Instance);
}

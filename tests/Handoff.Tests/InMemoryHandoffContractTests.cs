using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.InMemory;
using ShopBot.Handoff.State;
using ShopBot.Handoff.Tests.Support;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Handoff.Tests;

public sealed class InMemoryHandoffContractTests : HandoffContractTests
{
    protected override Task<HandoffHarness> CreateHarnessAsync(HandoffOptions options)
    {
        var store = new InMemoryHandoffStore(Options.Create(options));
        return Task.FromResult(new HandoffHarness(options, store, store, new InMemoryTranscriptStore(), new InMemoryConversationStateStore()));
    }
}

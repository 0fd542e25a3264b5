using ShopBot.Handoff.Transcripts;

namespace ShopBot.Handoff.Tests.Transcripts;

public sealed class InMemoryAppendOnceTests : AppendOnceContractTests
{
    protected override Task<ITranscriptStore> CreateAsync() => Task.FromResult<ITranscriptStore>(new InMemoryTranscriptStore());
}

using ShopBot.Handoff.Transcripts;

namespace ShopBot.Handoff.Tests.Transcripts;

/// <summary>What every <see cref="ITranscriptStore.AppendOnceAsync"/> does, run against process memory and against real Redis.</summary>
public abstract class AppendOnceContractTests : IAsyncLifetime
{
    private ITranscriptStore _store = null!;

    public async Task InitializeAsync() => _store = await CreateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_repeated_client_id_answers_the_first_activity_id_stores_nothing_and_only_in_its_conversation()
    {
        Assert.Equal("a1", await _store.AppendOnceAsync("c1", "client-1", "a1", "first"));
        Assert.Equal("a1", await _store.AppendOnceAsync("c1", "client-1", "a2", "retry"));
        Assert.Equal("a3", await _store.AppendOnceAsync("c1", "client-2", "a3", "second"));
        Assert.Equal("b1", await _store.AppendOnceAsync("c2", "client-1", "b1", "other"));

        Assert.Equal(["first", "second"], (await _store.ReadAsync("c1", 0, 10)).Select(e => e.ActivityJson));
        Assert.Equal(["other"], (await _store.ReadAsync("c2", 0, 10)).Select(e => e.ActivityJson));
    }

    [Fact]
    public async Task Of_many_concurrent_posts_of_one_client_id_exactly_one_is_stored()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => _store.AppendOnceAsync("race", "client-x", "a" + i, "json" + i))));

        var first = Assert.Single(answers.Distinct());
        var stored = Assert.Single(await _store.ReadAsync("race", 0, 100));
        Assert.Equal("json" + first[1..], stored.ActivityJson);
    }

    [Fact]
    public async Task Only_the_latest_ids_are_kept()
    {
        for (var i = 0; i <= ITranscriptStore.ClientActivityIdsKept; i++)
        {
            await _store.AppendOnceAsync("many", "client-" + i, "a" + i, "{}");
        }

        Assert.Equal("again", await _store.AppendOnceAsync("many", "client-0", "again", "{}"));
        Assert.Equal("a" + ITranscriptStore.ClientActivityIdsKept, await _store.AppendOnceAsync("many", "client-" + ITranscriptStore.ClientActivityIdsKept, "late", "{}"));
    }

    protected abstract Task<ITranscriptStore> CreateAsync();
}

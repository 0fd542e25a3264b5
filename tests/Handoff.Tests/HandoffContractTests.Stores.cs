namespace ShopBot.Handoff.Tests;

public abstract partial class HandoffContractTests
{
    [Fact]
    public async Task Transcript_appends_get_consecutive_indices_and_read_in_pages()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(i, await H.Transcripts.AppendAsync("t1", $$"""{"text":"第{{i}}条"}"""));
        }

        var page = await H.Transcripts.ReadAsync("t1", 2, 2);

        Assert.Equal([2L, 3L], page.Select(e => e.Index));
        Assert.Equal("""{"text":"第2条"}""", page[0].ActivityJson);
        Assert.Single(await H.Transcripts.ReadAsync("t1", 4, 10));
        Assert.Empty(await H.Transcripts.ReadAsync("t1", 5, 10));
        Assert.Empty(await H.Transcripts.ReadAsync("unknown", 0, 10));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => H.Transcripts.ReadAsync("t1", -1, 10));
    }

    [Fact]
    public async Task A_transcript_exists_from_its_first_entry_on()
    {
        Assert.False(await H.Transcripts.ExistsAsync("t3"));

        await H.Transcripts.AppendAsync("t3", "{}");

        Assert.True(await H.Transcripts.ExistsAsync("t3"));
        Assert.False(await H.Transcripts.ExistsAsync("t3-other"));
        await Assert.ThrowsAsync<ArgumentException>(() => H.Transcripts.ExistsAsync(string.Empty));
    }

    [Fact]
    public async Task Concurrent_transcript_appends_never_share_an_index()
    {
        var indices = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => H.Transcripts.AppendAsync("t2", "{}"))));

        Assert.Equal(Enumerable.Range(0, 200).Select(i => (long)i), indices.Order());
        Assert.Equal(200, (await H.Transcripts.ReadAsync("t2", 0, 1000)).Count);
    }

    [Fact]
    public async Task Conversation_state_saves_with_versions_and_a_stale_write_fails_without_losing_data()
    {
        Assert.Null(await H.States.GetAsync("s1"));
        Assert.Equal(1, await H.States.TrySaveAsync("s1", """{"step":"ask-order"}""", 0));
        Assert.Null(await H.States.TrySaveAsync("s1", """{"step":"other"}""", 0));
        Assert.Equal(2, await H.States.TrySaveAsync("s1", """{"step":"confirm"}""", 1));

        Assert.Null(await H.States.TrySaveAsync("s1", """{"step":"stale"}""", 1));

        var stored = await H.States.GetAsync("s1");
        Assert.Equal("""{"step":"confirm"}""", stored!.Json);
        Assert.Equal(2, stored.Version);
        Assert.False(await H.States.TryDeleteAsync("s1", 1));
        Assert.True(await H.States.TryDeleteAsync("s1", 2));
        Assert.Null(await H.States.GetAsync("s1"));
        Assert.False(await H.States.TryDeleteAsync("s1", 2));
    }

    [Fact]
    public async Task Of_many_concurrent_writers_of_one_version_exactly_one_wins()
    {
        await H.States.TrySaveAsync("s2", "{}", 0);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => H.States.TrySaveAsync("s2", $$"""{"writer":{{i}}}""", 1))));

        Assert.Single(results, r => r == 2);
        Assert.Equal(2, (await H.States.GetAsync("s2"))!.Version);
    }
}

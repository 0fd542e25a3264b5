using ShopBot.Handoff.Transcripts;

namespace ShopBot.Handoff.Tests.Transcripts;

/// <summary>What every <see cref="IClientActivityIds"/> does, run against process memory and against real Redis.</summary>
public abstract class ClientActivityIdsContractTests : IAsyncLifetime
{
    private IClientActivityIds _ids = null!;

    public async Task InitializeAsync() => _ids = await CreateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_repeated_client_id_answers_the_first_activity_id_and_only_in_its_conversation()
    {
        Assert.Equal("a1", await _ids.RecordAsync("c1", "client-1", "a1"));
        Assert.Equal("a1", await _ids.RecordAsync("c1", "client-1", "a2"));
        Assert.Equal("a3", await _ids.RecordAsync("c1", "client-2", "a3"));
        Assert.Equal("b1", await _ids.RecordAsync("c2", "client-1", "b1"));
    }

    [Fact]
    public async Task Of_many_concurrent_posts_of_one_client_id_exactly_one_is_new()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => _ids.RecordAsync("race", "client-x", "a" + i))));

        var first = Assert.Single(answers.Distinct());
        Assert.Contains(first, Enumerable.Range(0, 50).Select(i => "a" + i));
    }

    [Fact]
    public async Task Only_the_latest_ids_are_kept()
    {
        for (var i = 0; i <= IClientActivityIds.Kept; i++)
        {
            await _ids.RecordAsync("many", "client-" + i, "a" + i);
        }

        Assert.Equal("again", await _ids.RecordAsync("many", "client-0", "again"));
        Assert.Equal("a" + IClientActivityIds.Kept, await _ids.RecordAsync("many", "client-" + IClientActivityIds.Kept, "late"));
    }

    protected abstract Task<IClientActivityIds> CreateAsync();
}

using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Bot.Tests.Agents;

/// <summary>
/// The console screens the draft on every pause in typing: that check reads who owns the chat, never the 500-entry
/// transcript the full conversation view hands over.
/// </summary>
public sealed class AgentOwnershipCheckTests(AgentTestHost host) : IClassFixture<AgentTestHost>
{
    private const string Draft = """{"text":"亲，马上帮您查一下物流"}""";

    [Fact]
    public async Task The_live_screen_and_canned_replies_check_the_owner_without_reading_the_transcript()
    {
        var reads = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        await using var counted = host.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.AddSingleton<ITranscriptStore>(sp => new CountingTranscripts(sp.GetRequiredService<InMemoryTranscriptStore>(), reads))));
        var buyer = await TestBuyer.StartAsync(counted.CreateClient());
        await buyer.SayAsync("我的快递到哪了");
        await buyer.SayAsync("人工客服");
        var a = new AgentApiClient(counted.CreateClient(), AgentTestHost.KeyA);
        var b = new AgentApiClient(counted.CreateClient(), AgentTestHost.KeyB);
        await a.SetPresenceAsync("online");
        await a.ClaimAsync(buyer.ConversationId);
        var afterClaim = reads.GetValueOrDefault(buyer.ConversationId);

        for (var pause = 0; pause < 10; pause++)
        {
            using var screened = await a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/screen", Draft);
            Assert.Equal(HttpStatusCode.OK, screened.StatusCode);
        }

        using var canned = await a.SendAsync(HttpMethod.Get, $"conversations/{buyer.ConversationId}/canned-replies");
        using var notYours = await b.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/screen", Draft);
        using var unknown = await a.SendAsync(HttpMethod.Post, "conversations/no-such-conversation/screen", Draft);

        Assert.Equal(HttpStatusCode.OK, canned.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notYours.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(afterClaim, reads.GetValueOrDefault(buyer.ConversationId));

        // The full view does hand the transcript over: the count above would have seen a read.
        await a.ConversationAsync(buyer.ConversationId);
        Assert.True(reads.GetValueOrDefault(buyer.ConversationId) > afterClaim);
    }

    private sealed class CountingTranscripts(ITranscriptStore inner, ConcurrentDictionary<string, int> reads) : ITranscriptStore
    {
        public Task<long> AppendAsync(string conversationId, string activityJson, CancellationToken cancellationToken = default) =>
            inner.AppendAsync(conversationId, activityJson, cancellationToken);

        public Task<string> AppendOnceAsync(string conversationId, string clientActivityId, string activityId, string activityJson, CancellationToken cancellationToken = default) =>
            inner.AppendOnceAsync(conversationId, clientActivityId, activityId, activityJson, cancellationToken);

        public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken = default) =>
            inner.ExistsAsync(conversationId, cancellationToken);

        public Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, long fromIndex, int max, CancellationToken cancellationToken = default)
        {
            reads.AddOrUpdate(conversationId, 1, (_, count) => count + 1);
            return inner.ReadAsync(conversationId, fromIndex, max, cancellationToken);
        }
    }
}

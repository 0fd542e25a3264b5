using System.Net;
using ShopBot.Bot.Agents;
using ShopBot.Bot.Tests.Agents;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.Attachments;

/// <summary>Two hosts on one real Redis: a photo a buyer uploads to one is served by the other, to the agent and to the buyer.</summary>
public sealed class RedisPhotoSharingTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task A_photo_uploaded_to_one_host_is_served_by_another_to_the_agent_and_the_buyer()
    {
        var prefix = $"photo-test-{Guid.NewGuid():N}";
        using var first = new RedisAgentHost(redis.Endpoint, prefix);
        using var second = new RedisAgentHost(redis.Endpoint, prefix);
        var buyer = await TestBuyer.StartAsync(first.CreateClient());
        await buyer.SayAsync("人工客服");
        await TestPhotos.UploadAsync(first.CreateClient(), buyer.ConversationId, buyer.Token, TestPhotos.BrokenBowl);

        var agent = new AgentApiClient(second.CreateClient(), AgentTestHost.KeyA);
        await agent.SetPresenceAsync("online");
        var view = await agent.ClaimAsync(buyer.ConversationId);
        var photo = Assert.Single(view.Transcript.SelectMany(m => m.Attachments));
        using var forAgent = await agent.SendAsync(HttpMethod.Get, photo.Url["/api/agent/".Length..]);
        var address = Assert.Single((await buyer.MessagesAsync()).SelectMany(m => m.Attachments ?? [])).ContentUrl!;
        using var forBuyer = await second.CreateClient().GetAsync(address.TrimStart('/'));

        Assert.Equal(HttpStatusCode.OK, forAgent.StatusCode);
        Assert.Equal(TestPhotos.BrokenBowl, await forAgent.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, forBuyer.StatusCode);
        Assert.Equal(TestPhotos.BrokenBowl, await forBuyer.Content.ReadAsByteArrayAsync());
        await using var connection = await redis.ConnectAsync();
        await RedisServerFixture.DeleteKeysAsync(connection, prefix);
    }

    /// <summary>The shipped host with the test agents, on Redis under its own key prefix.</summary>
    private sealed class RedisAgentHost(string redisEndpoint, string prefix) : TemporaryHost("shopbot-photos-", kestrel: false)
    {
        protected override IReadOnlyDictionary<string, string?> Settings
        {
            get
            {
                var settings = ShippedBotSettings(Folder, AgentTestHost.Secret, SharedModelPath);
                settings["ConnectionStrings:Redis"] = redisEndpoint;
                settings["Handoff:RedisKeyPrefix"] = prefix;
                settings["Consoles:Agents:0:Key"] = AgentTestHost.KeyA;
                settings["Consoles:Agents:0:AgentId"] = AgentTestHost.AgentA;
                settings["Consoles:Agents:0:Name"] = "测试客服甲";
                return settings;
            }
        }
    }
}

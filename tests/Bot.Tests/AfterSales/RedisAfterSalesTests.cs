using System.Net.Http.Json;
using ShopBot.Bot.Schema;
using ShopBot.Handoff.Routing;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.AfterSales;

/// <summary>
/// Two hosts on one real Redis behave as one bot: a conversation started on one continues on the other, and what
/// was queued survives the first host going away.
/// </summary>
public sealed class RedisAfterSalesTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task A_conversation_moves_between_hosts_and_its_queue_place_and_dialog_state_survive_a_restart()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.Endpoint,
            ["Handoff:RedisKeyPrefix"] = $"bot-test-{Guid.NewGuid():N}",
        };
        BuyerConversation buyer;
        using (var first = new AfterSalesHost(settings))
        {
            buyer = await BuyerConversation.StartAsync(first.DirectLine(), "阿福的杂货铺");
            // Asserted here too, so that a failure below tells a first turn answered otherwise from a state lost between hosts.
            Assert.Matches("个人.*公司", await buyer.SayAsync("3617051183306682495 要开发票"));
        }

        using var second = new AfterSalesHost(settings);
        var moved = buyer.On(second.DirectLine());

        Assert.Matches("公司全称|公司名称", await moved.SayAsync("公司"));
        await moved.SayAsync("人工客服");
        Assert.Equal(RoutingStatus.Queued, (await second.Handoff.GetRoutingAsync(buyer.Id)).Status);

        using var third = new AfterSalesHost(settings);
        var queue = await third.Handoff.ListQueueAsync();
        Assert.Contains(queue, e => e.ConversationId == buyer.Id && e.Ticket.BuyerId == "阿福的杂货铺");
    }

    [Fact]
    public async Task A_post_retried_on_another_host_after_the_first_went_away_is_stored_and_answered_once()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.Endpoint,
            ["Handoff:RedisKeyPrefix"] = $"bot-test-{Guid.NewGuid():N}",
        };
        ShopBot.Bot.Channels.DirectLine.Conversation conversation;
        string firstId;
        using (var first = new AfterSalesHost(settings))
        {
            var client = first.DirectLine();
            conversation = await client.GenerateAsync("阿福的杂货铺");
            using var posted = await client.PostTextAsync(conversation, "我要开发票", clientActivityId: "web-chat-retry-1");
            firstId = (await posted.Content.ReadFromJsonAsync(BotJsonContext.Default.ResourceResponse))!.Id;
        }

        using var second = new AfterSalesHost(settings);
        var again = second.DirectLine();
        var before = (await again.GetActivitiesAsync(conversation)).Activities;
        using var retried = await again.PostTextAsync(conversation, "我要开发票", clientActivityId: "web-chat-retry-1");

        Assert.Equal(firstId, (await retried.Content.ReadFromJsonAsync(BotJsonContext.Default.ResourceResponse))!.Id);
        var after = (await again.GetActivitiesAsync(conversation)).Activities;
        Assert.Equal(before.Count, after.Count);
        Assert.Single(after, a => a.Text == "我要开发票");
    }
}

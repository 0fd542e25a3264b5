using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Agents;
using ShopBot.Bot.Schema;
using ShopBot.Handoff;

namespace ShopBot.Bot.Tests.Agents;

/// <summary>
/// The agent knows the buyer (earlier conversations, all cases, a recap from the turn notes), reads Chinese names beside
/// the ids, and the buyer sees who answers and rates with a star button, at once or typed later.
/// Each test plays its own sample buyer, so their histories do not mix.
/// </summary>
public sealed class BuyerHistoryApiTests(AgentTestHost host) : IClassFixture<AgentTestHost>
{
    private readonly HttpClient _http = host.NewClient();
    private readonly AgentApiClient _a = new(host.NewClient(), AgentTestHost.KeyA);

    [Fact]
    public async Task The_second_conversation_shows_the_first_with_its_date_intent_outcome_and_rating()
    {
        var first = await TestBuyer.StartAsync(_http, "阿福的杂货铺");
        await first.SayAsync("我的订单什么时候发货，能快点吗");
        await first.SayAsync("人工客服");
        await ClaimAsync(first);
        await CloseAsync(first);
        await PressStarAsync(first, 4);

        var second = await TestBuyer.StartAsync(_http, "阿福的杂货铺");
        await second.SayAsync("我要开发票");
        await second.SayAsync("人工客服");
        var view = await ClaimAsync(second);

        var past = Assert.Single(view.History!);
        Assert.Equal(first.ConversationId, past.ConversationId);
        Assert.Equal(("hurry", "催发货"), (past.Intent, past.IntentName));
        Assert.Equal(("closed", 4), (past.Outcome, past.Rating));
        Assert.StartsWith("人工已结束", past.OutcomeName, StringComparison.Ordinal);
        Assert.InRange(past.StartedAt, DateTimeOffset.UtcNow.AddMinutes(-5), past.LastAt);
        Assert.Contains(view.BuyerCases!, c => c.ConversationId == first.ConversationId);
        Assert.All(view.BuyerCases!, c => Assert.False(string.IsNullOrEmpty(c.StatusName)));
        await CloseAsync(second);
    }

    [Fact]
    public async Task The_recap_is_built_from_the_turn_notes_not_from_the_last_line()
    {
        var buyer = await TestBuyer.StartAsync(_http, "一只小兔叽");
        await buyer.SayAsync("我的快递到哪了");
        await buyer.SayAsync("人工客服");

        var view = await ClaimAsync(buyer);

        var recap = view.Recap!;
        Assert.StartsWith("买家要求转人工", view.Summary, StringComparison.Ordinal);
        Assert.Contains(recap.OrderNumber!, view.Summary, StringComparison.Ordinal);
        Assert.Equal(["track"], recap.Intents);
        Assert.Equal(["查物流"], recap.IntentNames);
        Assert.False(string.IsNullOrEmpty(recap.OrderNumber));
        Assert.Contains("买家想要：查物流", recap.Text, StringComparison.Ordinal);
        Assert.Contains(recap.OrderNumber!, recap.Text, StringComparison.Ordinal);
        Assert.Contains(recap.Actions, a => a.Contains("答复了查物流", StringComparison.Ordinal));
        Assert.Contains(recap.Actions, a => a.Contains("买家要求转人工", StringComparison.Ordinal));
        Assert.DoesNotContain("人工客服", recap.Text, StringComparison.Ordinal);
        await CloseAsync(buyer);
    }

    [Fact]
    public async Task Queue_and_conversation_show_chinese_names_beside_the_ids()
    {
        var buyer = await TestBuyer.StartAsync(_http, "tb_chen_77");
        await buyer.SayAsync("人工客服");

        var entry = (await _a.QueueAsync()).Entries.Single(e => e.ConversationId == buyer.ConversationId);
        var view = await ClaimAsync(buyer);

        Assert.Equal(("human", "转人工"), (entry.Intent, entry.IntentName));
        Assert.Equal(("buyer asked for a person", "买家要求转人工"), (entry.Reason, entry.ReasonText));
        Assert.Equal(("human", "转人工"), (view.Intent, view.IntentName));
        Assert.Equal(("with_agent", "人工接待中"), (view.Status, view.StatusName));
        Assert.Equal("买家要求转人工", view.ReasonText);
        await CloseAsync(buyer);
    }

    [Fact]
    public async Task The_buyer_sees_the_agents_name_and_rates_with_a_star_button_offered_once_after_the_close()
    {
        var buyer = await TestBuyer.StartAsync(_http, "橙子不酸");
        await buyer.SayAsync("人工客服");
        await ClaimAsync(buyer);
        using (await _a.ReplyAsync(buyer.ConversationId, "亲，我来帮您看看。"))
        {
        }

        await CloseAsync(buyer);
        await PressStarAsync(buyer, 5);
        await PressStarAsync(buyer, 1);

        var messages = await buyer.MessagesAsync();
        var reply = messages.Single(m => m.Text == "亲，我来帮您看看。");
        Assert.Equal(("agent:" + AgentTestHost.AgentA, "测试客服甲"), (reply.From?.Id, reply.From?.Name));
        Assert.DoesNotContain(messages, m => m.From?.Role != RoleTypes.User && m.Text!.Contains(AgentTestHost.AgentA, StringComparison.Ordinal));
        var offer = Assert.Single(messages, OffersStars);
        Assert.Equal([1, 2, 3, 4, 5], offer.SuggestedActions!.Actions!.Select(a => a.Value!.Value.GetProperty("rating").GetInt32()));
        Assert.Equal("★★★★★", offer.SuggestedActions.Actions![^1].Title);
        Assert.Equal(5, (await Handoff.GetRoutingAsync(buyer.ConversationId)).Rating);
    }

    [Fact]
    public async Task After_a_hand_back_stars_are_offered_once_and_a_rating_typed_later_is_understood()
    {
        var buyer = await TestBuyer.StartAsync(_http, "tb_lily88");
        await buyer.SayAsync("人工客服");
        await ClaimAsync(buyer);
        using (await _a.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/handback"))
        {
        }

        await buyer.SayAsync("谢谢");
        await buyer.SayAsync("打5分");
        await buyer.SayAsync("谢谢");

        var messages = await buyer.MessagesAsync();
        Assert.Single(messages, OffersStars);
        Assert.Equal(5, (await Handoff.GetRoutingAsync(buyer.ConversationId)).Rating);
        Assert.Contains(messages.Skip(messages.ToList().FindIndex(m => m.Text == "打5分") + 1), m => m.From?.Role != RoleTypes.User && (m.Text!.Contains("评价", StringComparison.Ordinal) || m.Text.Contains("评分", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_buyer_who_leaves_the_queue_is_not_offered_stars_and_a_number_is_not_taken_as_a_rating()
    {
        var buyer = await TestBuyer.StartAsync(_http, "快乐的胖虎");
        await buyer.SayAsync("人工客服");
        await buyer.SayAsync("算了不用了");
        await buyer.SayAsync("5分");

        Assert.DoesNotContain(await buyer.MessagesAsync(), OffersStars);
        Assert.Null((await Handoff.GetRoutingAsync(buyer.ConversationId)).Rating);
    }

    private static bool OffersStars(Activity message) => message.SuggestedActions?.Actions?.Any(a => a.Type == "messageBack") == true;

    private BuyerHandoff Handoff => host.Services.GetRequiredService<BuyerHandoff>();

    private Task PressStarAsync(TestBuyer buyer, int stars) => StarButton.PressAsync(_http, buyer, stars);

    private async Task<ConversationView> ClaimAsync(TestBuyer buyer)
    {
        await _a.SetPresenceAsync("online");
        return await _a.ClaimAsync(buyer.ConversationId);
    }

    private async Task CloseAsync(TestBuyer buyer)
    {
        var routing = await _a.GetAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/close", null, AgentJsonContext.Default.RoutingView);
        Assert.Equal("closed", routing.Status);
    }
}

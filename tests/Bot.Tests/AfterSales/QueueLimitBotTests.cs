using Microsoft.Extensions.DependencyInjection;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Bot.Tests.AfterSales;

/// <summary>The shipped bot with the shipped queue caps: what a buyer hears when the queue will not take them, and where they stand on request.</summary>
public sealed class QueueLimitBotTests : IDisposable
{
    private readonly AfterSalesHost _host = new(new Dictionary<string, string?>
    {
        ["Handoff:MaxQueuedPerUser"] = "1",
        ["Handoff:MaxQueuedPerChannel"] = "2",
    });

    [Fact]
    public async Task A_buyer_already_queued_in_another_conversation_is_not_queued_twice_and_the_new_need_joins_the_queued_chat()
    {
        var first = await BuyerConversation.StartAsync(_host.DirectLine(), "阿福的杂货铺");
        await first.SayAsync("人工客服");
        var second = await BuyerConversation.StartAsync(_host.DirectLine(), "阿福的杂货铺");

        var answer = await second.SayAsync("人工客服 3599014460027713386 这单要开发票");

        Assert.Contains("会话", answer);
        Assert.Contains("排队", answer);
        Assert.DoesNotContain("回到原来的会话", answer);
        Assert.Equal(RoutingStatus.WithBot, (await _host.Handoff.GetRoutingAsync(second.Id)).Status);
        Assert.Equal(RoutingStatus.Queued, (await _host.Handoff.GetRoutingAsync(first.Id)).Status);
        var held = await _host.Services.GetRequiredService<IHandoffQueue>().GetHeldMessagesAsync(first.Id);
        Assert.Contains(held, m => m.Contains("另一个会话", StringComparison.Ordinal) && m.Contains("3599014460027713386 这单要开发票", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_need_from_a_second_chat_reaches_the_queued_chat_with_its_reason_and_records_in_the_shops_words()
    {
        var first = await BuyerConversation.StartAsync(_host.DirectLine(), "阿福的杂货铺");
        await first.SayAsync("人工客服");
        var second = await BuyerConversation.StartAsync(_host.DirectLine(), "阿福的杂货铺");

        await second.SayAsync("台灯显示交易成功了 可我根本没收到");

        var held = await _host.Services.GetRequiredService<IHandoffQueue>().GetHeldMessagesAsync(first.Id);
        var need = Assert.Single(held, m => m.Contains("另一个会话", StringComparison.Ordinal));
        Assert.Contains("显示签收但买家没收到", need, StringComparison.Ordinal);
        Assert.Contains("已登记丢件（订单3599014460027713386）", need, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_queue_tells_the_buyer_in_chinese_and_the_bot_keeps_answering()
    {
        foreach (var buyerId in new[] { "一只小兔叽", "橙子不酸" })
        {
            await (await BuyerConversation.StartAsync(_host.DirectLine(), buyerId)).SayAsync("人工客服");
        }

        var late = await BuyerConversation.StartAsync(_host.DirectLine(), "阿福的杂货铺");
        var answer = await late.SayAsync("人工客服");

        Assert.True(answer.Contains("暂时无法为您排队", StringComparison.Ordinal) || answer.Contains("排队已满", StringComparison.Ordinal), answer);
        Assert.Equal(RoutingStatus.WithBot, (await _host.Handoff.GetRoutingAsync(late.Id)).Status);
        Assert.Contains("3617051183306682495", await late.SayAsync("什么时候发货"));
    }

    [Fact]
    public async Task A_queued_buyer_who_asks_where_they_stand_is_told_the_position()
    {
        await (await BuyerConversation.StartAsync(_host.DirectLine(), "一只小兔叽")).SayAsync("人工客服");
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "橙子不酸");
        await buyer.SayAsync("人工客服");

        var answer = await buyer.SayAsync("排到几位了？还要等多久");

        Assert.Contains("第2位", answer);
        Assert.Empty(await _host.Services.GetRequiredService<IHandoffQueue>().GetHeldMessagesAsync(buyer.Id));
    }

    public void Dispose() => _host.Dispose();
}

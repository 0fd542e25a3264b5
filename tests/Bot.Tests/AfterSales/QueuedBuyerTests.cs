using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Schema;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Bot.Tests.AfterSales;

/// <summary>
/// The shipped bot while a buyer waits in the queue for a person: questions the policy answers are answered, asking for
/// a person again keeps the place, nothing is said twice word for word, and every message still reaches the person.
/// </summary>
public sealed class QueuedBuyerTests : IDisposable
{
    private readonly AfterSalesHost _host = new();

    [Fact]
    public async Task A_queued_buyer_asking_where_the_refund_goes_is_answered_and_the_question_still_reaches_the_person()
    {
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "江南烟雨x");
        await buyer.SayAsync("我浴巾申请退款了 怎么还没处理啊 帮我催催商家");

        var answer = await buyer.SayAsync("钱会退到花呗吗 我用花呗付的");

        Assert.Contains("花呗", answer);
        Assert.Contains("同事", answer);
        Assert.DoesNotContain("留给人工客服同事", answer);
        var held = await _host.Services.GetRequiredService<IHandoffQueue>().GetHeldMessagesAsync(buyer.Id);
        Assert.Contains(held, m => m.Contains("钱会退到花呗吗", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Asking_for_a_person_again_keeps_the_place_and_plain_messages_never_get_the_same_line_twice_in_a_row()
    {
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "阿福的杂货铺");
        await buyer.SayAsync("转人工");

        var again = await buyer.SayAsync("人工客服！！");
        var first = await buyer.SayAsync("好的");
        var second = await buyer.SayAsync("在吗");

        // Both wordings of handoff.asked_again say the place that is kept; only one says 不用重新排.
        Assert.Contains("第1位", again);
        Assert.Single(await _host.Handoff.ListQueueAsync());
        Assert.NotEqual(first, second);
        var held = await _host.Services.GetRequiredService<IHandoffQueue>().GetHeldMessagesAsync(buyer.Id);
        Assert.Contains("在吗", held);
    }

    [Fact]
    public async Task An_overdue_order_named_while_queued_is_noted_and_the_answer_is_in_the_transcript_the_person_reads()
    {
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "小王爱购物");
        await buyer.SayAsync("转人工");

        var answer = await buyer.SayAsync("人工！！羽绒服的事 跟机器说不清楚");

        Assert.Contains("361102558843307712", answer);
        Assert.DoesNotContain("第1位", answer);
        var transcript = await _host.Services.GetRequiredService<ITranscriptStore>().ReadAsync(buyer.Id, 0, 100);
        var texts = transcript.Select(e => JsonSerializer.Deserialize(e.ActivityJson, BotJsonContext.Default.Activity)!.Text).ToList();
        Assert.Contains(answer.Split('\n')[^1], texts);
        var held = await _host.Services.GetRequiredService<IHandoffQueue>().GetHeldMessagesAsync(buyer.Id);
        Assert.Contains(held, m => m.Contains("羽绒服的事", StringComparison.Ordinal));
    }

    public void Dispose() => _host.Dispose();
}

using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Bot.Tests.AfterSales;

/// <summary>The shipped bot over Direct Line: flows, the handoff wired into the turn, and back again.</summary>
public sealed class AfterSalesBotTests : IDisposable
{
    private readonly AfterSalesHost _host = new();

    [Fact]
    public async Task The_buyer_is_welcomed_and_gets_the_tracking_answer_for_their_own_parcel()
    {
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "一只小兔叽");

        var answer = await buyer.SayAsync("你好，我的快递到哪了？");

        Assert.Contains("SF1428566013728", answer);
        Assert.Contains("顺丰速运", answer);
    }

    [Fact]
    public async Task Asking_for_a_person_queues_the_buyer_who_is_told_the_position_and_can_leave_the_queue()
    {
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "阿福的杂货铺");

        var queued = await buyer.SayAsync("轉人工！！");
        Assert.Contains("第1位", queued);
        Assert.Equal(RoutingStatus.Queued, (await _host.Handoff.GetRoutingAsync(buyer.Id)).Status);

        var kept = await buyer.SayAsync("我的袜子什么时候发");
        Assert.Contains("同事", kept);

        var back = await buyer.SayAsync("算了");
        Assert.Contains("智能客服", back);
        Assert.Equal(RoutingStatus.BackWithBot, (await _host.Handoff.GetRoutingAsync(buyer.Id)).Status);
        Assert.Contains("3617051183306682495", await buyer.SayAsync("什么时候发货"));
    }

    [Fact]
    public async Task An_agent_claims_replies_and_hands_back_then_the_bot_answers_again()
    {
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "一只小兔叽");
        await buyer.SayAsync("人工客服");
        await _host.Handoff.SetPresenceAsync("agent-7", AgentPresence.Online);

        var claim = await _host.Handoff.ClaimNextAsync("agent-7");
        Assert.Equal(buyer.Id, claim.Handover!.Routing.ConversationId);
        var joined = await buyer.ReadAsync();
        Assert.Contains("人工客服", joined);
        Assert.DoesNotContain("agent-7", joined);
        Assert.DoesNotContain("人工客服人工客服", joined);

        await buyer.SayAsync("包裹三天没动了");
        var reply = await _host.Handoff.SendReplyAsync("agent-7", buyer.Id, "亲，我帮您联系快递核实一下，请稍等。", (text, _) => Task.FromResult(ScreenedReply.Allow(text)));
        Assert.Equal(AgentReplyOutcome.Sent, reply.Outcome);
        Assert.Contains("我帮您联系快递核实一下", await buyer.ReadAsync());

        await _host.Handoff.HandBackAsync("agent-7", buyer.Id, "resolved");
        Assert.Contains("智能客服", await buyer.ReadAsync());
        Assert.Contains("SF1428566013728", await buyer.SayAsync("单号再发我一下"));
    }

    [Fact]
    public async Task A_complaint_goes_to_the_front_of_the_queue()
    {
        var first = await BuyerConversation.StartAsync(_host.DirectLine(), "橙子不酸");
        await first.SayAsync("人工客服");
        var angry = await BuyerConversation.StartAsync(_host.DirectLine(), "tb_lily88");

        await angry.SayAsync("你们客服态度太差了，我要投诉，打12315");

        var queue = await _host.Handoff.ListQueueAsync();
        Assert.Equal(angry.Id, queue[0].ConversationId);
        Assert.Equal(HandoffPriority.Complaint, queue[0].Ticket.Priority);
    }

    [Fact]
    public async Task A_lost_parcel_is_handed_over_with_the_order_and_the_case_for_the_agent()
    {
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "快乐的胖虎");

        var answer = await buyer.SayAsync("3600982367712290435 半个月了还没收到");

        Assert.Contains("3600982367712290435", answer);
        var ticket = (await _host.Handoff.GetRoutingAsync(buyer.Id)).Ticket!;
        Assert.Contains("lost_parcel", ticket.Reason);
        Assert.Contains("3600982367712290435", ticket.OrderSummary);
        Assert.Contains(ticket.CaseRecords, c => c.Contains("lost_parcel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_the_agent_closes_the_buyer_rates_the_service_once()
    {
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "一只小兔叽");
        await buyer.SayAsync("人工");
        await _host.Handoff.SetPresenceAsync("agent-8", AgentPresence.Online);
        await _host.Handoff.ClaimNextAsync("agent-8");
        await _host.Handoff.CloseAsync("agent-8", buyer.Id, "answered");
        Assert.Contains("1到5", await buyer.ReadAsync());

        var thanks = await buyer.SayAsync("5");

        Assert.Contains("评", thanks);
        Assert.Equal(5, (await _host.Handoff.GetRoutingAsync(buyer.Id)).Rating);
    }

    public void Dispose() => _host.Dispose();
}

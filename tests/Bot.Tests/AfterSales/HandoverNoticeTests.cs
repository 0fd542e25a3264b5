using Microsoft.Extensions.Options;
using ShopBot.Bot.AfterSales;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Triggers;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Bot.Tests.AfterSales;

public sealed class HandoverNoticeTests
{
    [Theory]
    [InlineData(HandoffTrigger.FlowNeedsPerson, HandoffPriority.Overdue, "flow needs a person: past_shipping_promise", "overdue")]
    [InlineData(HandoffTrigger.BuyerAsked, HandoffPriority.Overdue, "buyer asked for a person", "overdue")]
    [InlineData(HandoffTrigger.BuyerAsked, HandoffPriority.Normal, "buyer asked for a person", "asked")]
    [InlineData(HandoffTrigger.Complaint, HandoffPriority.Complaint, "complaint: 投诉", "complaint")]
    [InlineData(HandoffTrigger.Abuse, HandoffPriority.Complaint, "anger: 气死", "complaint")]
    [InlineData(HandoffTrigger.FlowNeedsPerson, HandoffPriority.Normal, "flow needs a person: lost_parcel", "parcel")]
    [InlineData(HandoffTrigger.FlowNeedsPerson, HandoffPriority.Normal, "flow needs a person: tracking_follow_up", "courier")]
    [InlineData(HandoffTrigger.FlowNeedsPerson, HandoffPriority.Normal, "flow needs a person: quality_review", "quality")]
    [InlineData(HandoffTrigger.FlowNeedsPerson, HandoffPriority.Normal, "flow needs a person: refund_not_arrived", "money")]
    [InlineData(HandoffTrigger.RepeatedFailures, HandoffPriority.Normal, "3 failed turns in a row", "unclear")]
    [InlineData(HandoffTrigger.FlowNeedsPerson, HandoffPriority.Normal, "flow needs a person: something_new", "default")]
    [InlineData(HandoffTrigger.FlowNeedsPerson, HandoffPriority.Normal, "flow needs a person: said_already", "default")]
    public void The_reason_for_a_person_picks_what_the_buyer_is_told(HandoffTrigger trigger, HandoffPriority priority, string reason, string why)
    {
        Assert.Equal(why, HandoverNotice.WhyOf(new HandoffDecision(trigger, priority, reason)));
    }

    [Fact]
    public void The_notice_gives_the_reason_first_then_the_record_and_the_service_hours()
    {
        var options = Options.Create(new HandoffOptions { BusinessHours = new BusinessHoursOptions { Opens = new TimeOnly(9, 0), Closes = new TimeOnly(23, 30) } });
        var notice = new HandoverNotice(new EchoTemplates(), options);

        var text = notice.Render(new HandoffDecision(HandoffTrigger.FlowNeedsPerson, HandoffPriority.Overdue, "flow needs a person: past_shipping_promise"), "c1");

        Assert.Equal("[handoff.why_overdue 9:00-23:30][handoff.connecting 9:00-23:30]", text);
    }

    [Fact]
    public void A_reply_that_already_hands_over_leaves_out_the_flows_reason_but_not_an_overdue_apology()
    {
        var notice = new HandoverNotice(new EchoTemplates(), Options.Create(new HandoffOptions()));
        string[] replies = ["超过10元的补偿需要主管来定，我请主管同事在这里和您商量。"];

        var compensation = notice.Render(new HandoffDecision(HandoffTrigger.FlowNeedsPerson, HandoffPriority.Normal, "flow needs a person: compensation"), "c1", replies);
        var overdue = notice.Render(new HandoffDecision(HandoffTrigger.FlowNeedsPerson, HandoffPriority.Overdue, "flow needs a person: past_shipping_promise"), "c1", replies);

        Assert.DoesNotContain("why_compensation", compensation, StringComparison.Ordinal);
        Assert.StartsWith("[handoff.connecting", compensation, StringComparison.Ordinal);
        Assert.Contains("why_overdue", overdue, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("非常抱歉亲，订单3611996043318805527已超过72小时的发货时间还没发出，我已登记加急。", "[handoff.why_overdue_apologised")]
    [InlineData("亲，订单3611996043318805527超过发货时间还没发出，我已登记加急。", "[handoff.why_overdue ")]
    public void An_overdue_apology_in_the_turn_is_not_said_again_by_the_handover(string reply, string expected)
    {
        var notice = new HandoverNotice(new EchoTemplates(), Options.Create(new HandoffOptions()));

        var text = notice.Render(new HandoffDecision(HandoffTrigger.FlowNeedsPerson, HandoffPriority.Overdue, "flow needs a person: past_shipping_promise"), "c1", [reply]);

        Assert.StartsWith(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_naming_the_colleague_in_other_words_leaves_out_the_generic_reason()
    {
        var notice = new HandoverNotice(new EchoTemplates(), Options.Create(new HandoffOptions()));
        string[] replies = ["批发的价格客服这边报不了，我把您的需求转给负责批量订单的同事，他们会按数量给您报价。"];

        var text = notice.Render(new HandoffDecision(HandoffTrigger.FlowNeedsPerson, HandoffPriority.Normal, "flow needs a person: wholesale_quote"), "c1", replies);

        Assert.StartsWith("[handoff.connecting", text, StringComparison.Ordinal);
    }

    /// <summary>Shows which template was asked for with which service hours.</summary>
    private sealed class EchoTemplates : IReplyTemplates
    {
        public bool Contains(string templateId) => true;

        public RenderedReply Render(string templateId, IReadOnlyDictionary<string, string?> slots, string seed) =>
            new(templateId, 0, $"[{templateId} {slots[TemplateSlots.ServiceHours]}]");

        public IReadOnlyList<RenderedReply> RenderEach(string templateId, IReadOnlyDictionary<string, string?> slots, string seed) =>
            [Render(templateId, slots, seed)];
    }
}

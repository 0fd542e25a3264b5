using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>Choices the buyer states are followed at once, and what is recorded is of the kind the buyer said.</summary>
public sealed class ListenChoicesTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Theory]
    [InlineData("我不要了 退款吧", true)]
    [InlineData("别挽留了 直接退", true)]
    [InlineData("不要优惠券 就退款", true)]
    [InlineData("确定要退", true)]
    [InlineData("不用劝了", true)]
    [InlineData("我要退款", false)]
    [InlineData("不退吧 再等等", false)]
    [InlineData("那就不退了", false)]
    [InlineData("能退款吗", false)]
    public void A_decided_refund_is_told_from_one_still_open(string text, bool decided) =>
        Assert.Equal(decided, RefundReasons.Decided(text));

    [Theory]
    [InlineData("在别家买到了取消吧等太久了", ReasonCategories.BoughtElsewhere)]
    [InlineData("不想要了发货太慢", ReasonCategories.SlowShipping)]
    [InlineData("拍错了退款你们发货也慢", ReasonCategories.WrongItemOrdered)]
    [InlineData("等太久了而且别家更便宜", ReasonCategories.SlowShipping)]
    [InlineData("不想要了", ReasonCategories.ChangedMind)]
    [InlineData("有个盘子缺了一块", ReasonCategories.Damaged)]
    [InlineData("缺了一个枕套", ReasonCategories.MissingParts)]
    public void The_reason_is_the_one_the_buyer_names_first_and_not_wanting_it_only_when_no_other(string compact, string category) =>
        Assert.Equal(category, ReasonCategories.Detect(compact));

    [Theory]
    [InlineData("有个盘子缺了一块", QualityProblem.Damaged)]
    [InlineData("碗沿少了个角", QualityProblem.Damaged)]
    [InlineData("少了一个碗", QualityProblem.Missing)]
    [InlineData("缺了一个枕套", QualityProblem.Missing)]
    public void A_chipped_piece_is_damage_and_a_piece_not_sent_is_missing(string text, QualityProblem problem) =>
        Assert.Equal(problem, QualityProblems.Of(text));

    [Fact]
    public async Task A_decided_refund_is_recorded_without_a_retention_offer()
    {
        var buyer = harness.Start("小王爱购物");

        await buyer.SayAsync("羽绒服我不要了 退款吧");

        // The order is past its shipping promise: an apology first, then the refund recorded, no retention offer.
        Assert.Equal("refund_unshipped.refund_requested", buyer.Last.Replies[^1].TemplateId);
        Assert.DoesNotContain(buyer.Last.Replies, r => r.TemplateId.StartsWith("refund_unshipped.retain", StringComparison.Ordinal));
        Assert.Equal("不想要了", Assert.Single(await buyer.CasesAsync()).Reason);
    }

    [Fact]
    public async Task Bought_elsewhere_is_recorded_as_that_reason_without_a_retention_offer()
    {
        var buyer = harness.Start("橙子不酸");

        await buyer.SayAsync("羽绒服帮我取消");
        await buyer.SayAsync("朋友那已经买了");

        Assert.Equal("已在别处购买", Assert.Single(await buyer.CasesAsync()).Reason);
    }

    [Fact]
    public async Task A_return_named_while_photos_are_asked_is_the_quality_return_with_the_problem_told()
    {
        var buyer = harness.Start("tb_chen_77");

        await buyer.SayAsync("保温杯收到了 杯盖拧不紧");
        await buyer.SayAsync("我要退货");

        var opened = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.Return, opened.Kind);
        Assert.Equal("质量问题：保温杯杯盖盖不严", opened.Description);
    }

    [Fact]
    public async Task A_problem_told_before_the_flow_is_kept_and_never_asked_again()
    {
        var buyer = harness.Start("快乐的胖虎");

        await buyer.SayAsync("保温杯外壳掉漆了 怎么回事");
        Assert.Equal("质量问题：掉漆", buyer.State.ProblemSaid);
        await buyer.SayAsync("能退吗");

        Assert.Contains("掉漆", Assert.Single(await buyer.CasesAsync()).Description, StringComparison.Ordinal);
        Assert.Null(buyer.State.ProblemSaid);
    }

    [Fact]
    public async Task An_address_corrected_after_it_was_recorded_leaves_one_open_request()
    {
        var buyer = harness.Start("tb_lily88");

        await buyer.SayAsync("四件套改地址 浙江省杭州市西湖区文三路100号801室 收件人电话不变");
        await buyer.SayAsync("不对 是802室");
        await buyer.SayAsync("电话不变");

        var cases = await buyer.CasesAsync();
        var open = Assert.Single(cases, c => c.Status == CaseStatus.Open);
        Assert.Contains("802室", open.Description, StringComparison.Ordinal);
        Assert.Single(cases, c => c.Status == CaseStatus.Cancelled);
        Assert.Equal("change_address.already_recorded", buyer.Last.Replies.Single().TemplateId);
    }

    [Fact]
    public async Task A_phone_only_change_is_recorded_as_a_phone_change()
    {
        var buyer = harness.Start("momo_2019");

        await buyer.SayAsync("枕套那单电话写错了 改成13912345678");

        Assert.StartsWith("改电话：", Assert.Single(await buyer.CasesAsync()).Description, StringComparison.Ordinal);
    }
}

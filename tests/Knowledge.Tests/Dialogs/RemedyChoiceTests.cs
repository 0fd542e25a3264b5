using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>Remedies a buyer refuses, chooses or is offered for a defect, and the sums and problems the records keep.</summary>
public sealed class RemedyChoiceTests(DialogHarness harness) : IClassFixture<DialogHarness>
{
    [Theory]
    [InlineData("不要修 直接退", true)]
    [InlineData("算了不用补发了", true)]
    [InlineData("我不退货 补偿一下就行", true)]
    [InlineData("不用换了", true)]
    [InlineData("不想退", true)]
    [InlineData("不要退货 说了不退", true)]
    [InlineData("插头换了也不亮", false)]
    [InlineData("能帮我修一下吗", false)]
    [InlineData("补发一个就行", false)]
    public void A_refused_remedy_is_told_from_a_wanted_one(string text, bool refuses) =>
        Assert.Equal(refuses, QualityReturnFlow.RefusesRemedy(text));

    [Theory]
    [InlineData("袋子破了 还有一块污渍", "破损：袋子破损；质量问题：污渍")]
    [InlineData("台灯开关坏了 按了没反应", "无法正常使用：开关损坏、没反应")]
    [InlineData("碗碎了一个", "破损：碗碎裂1个")]
    public void A_description_names_each_problem_under_its_own_category(string text, string described) =>
        Assert.Equal(described, QualityProblems.Describe(QualityProblems.Of(text)!.Value, text));

    [Fact]
    public async Task A_defect_without_a_wish_is_offered_the_remedies_and_one_said_is_not()
    {
        var asks = harness.Start("橙子不酸");
        await asks.SayAsync("有个碗边磕掉了一块");
        Assert.Equal("quality_return.ask_photo_remedy", asks.Last.Replies.Single().TemplateId);
        Assert.Contains("补发", asks.LastText, StringComparison.Ordinal);

        var wants = harness.Start("江南烟雨x");
        await wants.SayAsync("浴巾掉毛掉得厉害 想换一条新的");
        Assert.Equal("quality_return.ask_photo_exchange", wants.Last.Replies.Single().TemplateId);
    }

    [Fact]
    public async Task A_refused_repair_is_never_recorded_and_the_return_asked_for_is()
    {
        var buyer = harness.Start("快乐的胖虎");

        await buyer.SayAsync("保温杯不保温了 不要修 直接退");
        await buyer.SayAsync("回家拍");

        var opened = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.Return, opened.Kind);
    }

    [Fact]
    public async Task A_report_with_no_remedy_stays_open_when_a_return_is_refused_and_becomes_the_remedy_chosen()
    {
        var buyer = harness.Start("一只小兔叽");

        await buyer.SayAsync("包的拉链坏了");
        await buyer.SayAsync("晚点拍");
        await buyer.SayAsync("不退货了");
        Assert.Equal(CaseStatus.Open, Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.QualityReport).Status);
        await buyer.SayAsync("那换个新的吧");

        var cases = await buyer.CasesAsync();
        Assert.Equal(CaseStatus.Cancelled, Assert.Single(cases, c => c.Kind == CaseKind.QualityReport).Status);
        Assert.Equal(CaseStatus.Open, Assert.Single(cases, c => c.Kind == CaseKind.Exchange).Status);
    }

    [Fact]
    public async Task A_sum_after_a_compensation_word_needs_no_currency_word()
    {
        var buyer = harness.Start("一只小兔叽");

        await buyer.SayAsync("包上有个小污点 赔我8就行");

        var opened = Assert.Single(await buyer.CasesAsync());
        Assert.Equal(CaseKind.Compensation, opened.Kind);
        Assert.Equal(8m, opened.Compensation);
    }

    [Fact]
    public async Task A_wrong_size_claimed_on_an_order_of_that_size_is_a_no_reason_exchange()
    {
        var buyer = harness.Start("江南烟雨x");

        await buyer.SayAsync("T恤发错尺码了 我要的是M 寄来的是XL");
        Assert.DoesNotContain("照片", buyer.LastText, StringComparison.Ordinal);
        await buyer.SayAsync("那给我换成M码吧 照片晚点拍");

        var exchange = Assert.Single(await buyer.CasesAsync(), c => c.Kind == CaseKind.Exchange);
        Assert.Contains("XL换M码（7天无理由换货", exchange.Description, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Open, exchange.Status);
    }
}

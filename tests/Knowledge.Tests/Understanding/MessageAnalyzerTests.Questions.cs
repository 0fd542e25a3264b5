namespace ShopBot.Knowledge.Tests.Entities;

public sealed partial class MessageAnalyzerTests
{
    [Theory]
    [InlineData("那退回去的运费谁出？")]
    [InlineData("退款要几天到账")]
    [InlineData("多久到账")]
    [InlineData("花呗分期手续费多少")]
    [InlineData("纸质发票会寄给我吗")]
    [InlineData("发票是寄过来吗？")]
    [InlineData("寄回去的邮费你们出吗")]
    [InlineData("发票邮费谁承担")]
    [InlineData("什么时候能到")]
    [InlineData("退款退到哪里")]
    [InlineData("退貨運費誰出")]
    public void A_question_for_a_fact_is_told_apart(string text)
    {
        var cues = Analysis.Analyze(text).Cues;

        Assert.True(cues.AsksForFact);
        Assert.True(cues.IsQuestion);
    }

    [Theory]
    [InlineData("周末能到吗")]
    [InlineData("周末送货吗？")]
    [InlineData("能不能分期")]
    [InlineData("可以开纸质发票吗~")]
    [InlineData("是不是要我自己出运费")]
    [InlineData("花呗付的呢")]
    [InlineData("快递到了我拒签行吗 不是 是拒收")]
    public void A_yes_or_no_question_is_a_question_without_asking_for_a_fact(string text)
    {
        var cues = Analysis.Analyze(text).Cues;

        Assert.True(cues.IsQuestion);
        Assert.False(cues.AsksForFact);
    }

    [Theory]
    [InlineData("我要退款")]
    [InlineData("衣服有个破洞")]
    [InlineData("个人 林莉")]
    [InlineData("第二个")]
    [InlineData("晚点发照片")]
    [InlineData("吗啡过敏")]
    public void A_request_or_an_answer_is_no_question(string text)
    {
        var cues = Analysis.Analyze(text).Cues;

        Assert.False(cues.IsQuestion);
        Assert.False(cues.AsksForFact);
    }
}

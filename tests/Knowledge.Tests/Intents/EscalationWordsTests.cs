using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Intents;

/// <summary>The complaint and abuse words of <c>knowledge-base/handoff/</c>, matched through the one normaliser.</summary>
public sealed class EscalationWordsTests
{
    private static readonly EscalationWords Words = EscalationWords.Load(KnowledgeBase.Paths, KnowledgeBase.Normalizer);

    [Theory]
    [InlineData("再不处理我就投诉你们", "投诉")]
    [InlineData("我要给差评", "差评")]
    [InlineData("我去打12315", "12315")]
    [InlineData("我要 投 诉!", "投诉")]
    [InlineData("打１２３１５舉報你們", "12315")]
    [InlineData("我要投訴", "投诉")]
    [InlineData("再不解决我就找平台介入", "找平台")]
    [InlineData("你们这是欺诈", "欺诈")]
    public void Complaints_and_threats_are_found_in_any_spelling(string text, string word)
    {
        Assert.Equal(new EscalationWordMatch(EscalationWordKind.Complaint, word), Words.Find(text));
    }

    [Theory]
    [InlineData("你们就是一群骗子")]
    [InlineData("什么破店")]
    [InlineData("黑店！")]
    public void Abuse_is_found(string text)
    {
        Assert.Equal(EscalationWordKind.Abuse, Words.Find(text)!.Kind);
    }

    [Theory]
    [InlineData("订单号 2024123158 到哪了")]
    [InlineData("什么时候发货")]
    [InlineData("质量很好 好评")]
    [InlineData("我妈妈的生日快到了 能快点发货吗")]
    public void Ordinary_words_and_numbers_holding_a_complaint_number_are_not_escalation_words(string text)
    {
        Assert.Null(Words.Find(text));
    }

    [Fact]
    public void Text_no_normaliser_can_read_still_gets_an_answer()
    {
        Assert.Equal(EscalationWordKind.Abuse, Words.Find("骗子\uFFFE" + '\uD800')!.Kind);
    }
}

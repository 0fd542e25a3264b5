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
    [InlineData("要开发票 税号91420100MA4K12345X")]
    [InlineData("单号SF12345到哪了")]
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

    [Theory]
    [InlineData("这是给我妈妈的生日礼物 快递到哪了")]
    [InlineData("他妈妈的外套尺码不对")]
    [InlineData("去死皮膏用着过敏")]
    [InlineData("扫地机器人清不到去死角")]
    [InlineData("烟雾报警器不响")]
    [InlineData("相机曝光补偿怎么调")]
    [InlineData("多媒体音箱没声音")]
    [InlineData("垃圾桶盖子裂了")]
    public void Polite_lines_holding_an_abuse_or_complaint_word_inside_an_everyday_word_are_not_escalated(string text)
    {
        Assert.Null(Words.Find(text));
    }

    [Theory]
    [InlineData("妈的 什么破东西", EscalationWordKind.Abuse)]
    [InlineData("你妈的 还不发货", EscalationWordKind.Abuse)]
    [InlineData("给我妈妈买的 他妈的到现在还没到", EscalationWordKind.Abuse)]
    [InlineData("东西有问题我就去报警", EscalationWordKind.Complaint)]
    [InlineData("我要找媒体曝光你们", EscalationWordKind.Complaint)]
    public void Real_abuse_and_threats_are_found_beside_or_without_everyday_words(string text, EscalationWordKind kind)
    {
        Assert.Equal(kind, Words.Find(text)?.Kind);
    }
}

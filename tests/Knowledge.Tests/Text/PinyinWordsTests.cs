using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Tests.Text;

public sealed class PinyinWordsTests
{
    private static readonly PinyinWords Words = PinyinWords.Load(KnowledgeBase.Paths.PinyinWords);

    [Theory]
    [InlineData("yurongfu neng jixi ma", "羽绒服能机洗吗")]
    [InlineData("zen me xi", "怎么洗")]
    [InlineData("zhe ge wazi hui suoshui ma", "这个袜子会缩水吗")]
    [InlineData("baowenbei diyici yong yao xiaodu ma", "保温杯第一次用要消毒吗")]
    [InlineData("hi wo de taideng fa huo le ma", "hi 我的台灯发货了吗")]
    [InlineData("wo de taideng fahuo le ma pls", "我的台灯发货了吗 pls")]
    [InlineData("hello 浴巾diao mao hen yanzhong, xi le yi ci quan shen dou shi mao", "hello 浴巾掉毛很严重, 洗了一次全身都是毛")]
    [InlineData("kuaidi gei wo da dianhua shuo song shang lou yao jia 10 kuai", "快递给我打电话说送上楼要加 10块")]
    [InlineData("paisong yao shoufei 5 kuai qian", "派送要收费 5块钱")]
    [InlineData("kuai dian fahuo", "快点发货")]
    public void A_line_typed_in_pinyin_reads_as_the_chinese_it_stands_for(string line, string expected) =>
        Assert.Equal(expected, Words.Read(line));

    [Theory]
    [InlineData("3 jian dou shi xl de", "3 件都是xl的")]
    [InlineData("jian dou shi xxl de", "件都是xxl的")]
    public void A_size_among_pinyin_words_stays_as_typed_while_the_words_around_it_are_read(string line, string expected) =>
        Assert.Equal(expected, Words.Read(line));

    [Theory]
    [InlineData("ok thanks")]
    [InlineData("lily qq com")]
    [InlineData("xi")]
    [InlineData("refund please")]
    [InlineData("sf1428566013728")]
    [InlineData("店里有没有youhuiquan啊")]
    [InlineData("t恤要xl码 size不对")]
    [InlineData("邮箱lily@qq.com")]
    public void English_addresses_numbers_and_single_syllables_stay_as_typed(string line) =>
        Assert.Equal(line, Words.Read(line));

    private static readonly PinyinWords WithMixed = PinyinWords.Load(KnowledgeBase.Paths.PinyinWords, KnowledgeBase.Paths.MixedWords);

    [Theory]
    [InlineData("多的那条能return吗", "多的那条能退货吗")]
    [InlineData("还有股塑料味 zhengchang吗", "还有股塑料味 正常吗")]
    [InlineData("店里有没有youhuiquan啊", "店里有没有优惠券啊")]
    [InlineData("是sf的 我的bag还没拿到", "是顺丰的 我的包还没拿到")]
    [InlineData("hello 浴巾diao mao hen yanzhong", "hello 浴巾掉毛很严重")]
    [InlineData("顺丰显示yiqianshou了 但是我根本没收到", "顺丰显示已签收了 但是我根本没收到")]
    [InlineData("台灯还meiyoufahuo吗", "台灯还没有发货吗")]
    [InlineData("包裹shoudaole 碎了", "包裹收到了 碎了")]
    public void A_latin_word_alone_in_a_chinese_line_reads_as_the_chinese_it_stands_for(string line, string expected) =>
        Assert.Equal(expected, WithMixed.Read(line));

    [Theory]
    [InlineData("邮箱shenyan_sz@163.com")]
    [InlineData("单号sf1428566013728")]
    [InlineData("我是tb_lily88")]
    [InlineData("包包收到啦 很nice")]
    [InlineData("refund please")]
    [InlineData("t恤要xl码")]
    [InlineData("我make sure一下")]
    [InlineData("这个颜色我很like")]
    [InlineData("客服在line上吗")]
    public void Addresses_names_numbers_unlisted_words_and_latin_only_lines_stay_as_typed(string line) =>
        Assert.Equal(line, WithMixed.Read(line));
}

using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Entities;

public sealed class WantedSpecsTests
{
    private static string Folded(string text) => KnowledgeBase.Normalizer.Fold(text).Text.Replace(" ", string.Empty, StringComparison.Ordinal);

    [Theory]
    [InlineData("换成灰的", "灰色")]
    [InlineData("我要的是黑色 你们发成白的了", "黑色")]
    [InlineData("我拍的是奶白", "奶白色")]
    [InlineData("換成藍的吧", "蓝色")]
    [InlineData("换大一号的", "大一码")]
    [InlineData("换成米白色", "米白色")]
    public void The_colour_or_size_wanted_is_read_in_the_record_s_word(string said, string wanted)
    {
        Assert.Equal(wanted, Analysis.Analyzer.Specs.Wanted(Folded(said)));
    }

    [Theory]
    [InlineData("不要黑的")]
    [InlineData("要红包吗")]
    [InlineData("洗了以后发白")]
    [InlineData("T恤颜色发错了")]
    public void Words_that_want_no_colour_are_not_read(string said)
    {
        Assert.Null(Analysis.Analyzer.Specs.Wanted(Folded(said)));
    }

    [Theory]
    [InlineData("灰色", "加厚珊瑚绒四件套 1.8m床 雾霾灰", "雾霾灰")]
    [InlineData("藏青色", "不锈钢保温杯 500ml 奶白色", "藏青色")]
    [InlineData("奶白色", "不锈钢保温杯 500ml 奶白色", "奶白色")]
    [InlineData("XL", "纯棉圆领短袖T恤 男款 白色 XL", "XL")]
    public void A_colour_said_short_is_named_as_the_order_s_title_names_it(string spec, string title, string named)
    {
        Assert.Equal(named, Analysis.Analyzer.Specs.AsTitled(spec, title));
    }

    [Fact]
    public void A_line_without_buyer_words_names_its_file_and_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["灰色\t灰 灰的", "黑色"]);

            var error = Assert.Throws<FormatException>(() => WantedSpecs.Load(path, w => w));

            Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

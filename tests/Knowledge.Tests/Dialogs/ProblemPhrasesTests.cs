using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class ProblemPhrasesTests
{
    private static readonly IReadOnlyList<string> ProductWords = new ProductLexicon(new Dictionary<string, IReadOnlyList<string>>
    {
        ["短袖"] = ["t恤"],
        ["袜子"] = ["中筒袜"],
        ["包包"] = ["托特包"],
        ["被套"] = ["四件套"],
        ["杯子"] = ["保温杯"],
        ["盘子"] = ["餐具"],
    }).ProductWords;

    [Theory]
    [InlineData("三件t恤有一件领口有黄渍 换一件", "领口黄渍")]
    [InlineData("保温杯里面起锈点了 才用了不到一个月", "内侧锈点")]
    [InlineData("保温杯盖子里的密封圈没有 漏水 给我寄一个", "缺密封圈、漏水")]
    [InlineData("两个保温杯 一个是黑色的 我买的是奶白色 发错了", "发错颜色（要奶白色，收到黑色）")]
    [InlineData("袜子穿了一个月脚后跟就破了", "脚后跟破损")]
    [InlineData("浴巾洗完掉了好多毛", "掉毛")]
    [InlineData("保温杯外面有块漆掉了", "掉漆")]
    [InlineData("我要退货", null)]
    [InlineData("不是质量问题 就是不喜欢", null)]
    [InlineData("袋子没破 但是衣服上有个洞", "破洞")]
    [InlineData("外包装没有破损 可是里面的碗碎了一个", "碗碎裂1个")]
    [InlineData("两个盘子碎了 补俩给我", "盘子碎裂2个")]
    [InlineData("餐具套装碎了两个碗一个盘子 补发吧", "碗碎裂2个、盘子碎裂1个")]
    [InlineData("碗裂了两个", "碗裂纹2个")]
    [InlineData("碎了俩", "碎裂2个")]
    [InlineData("盘子边上裂了一道缝", "盘子裂纹")]
    [InlineData("现在调光不好使了 只剩最亮那档", "调光失灵、只能最亮")]
    [InlineData("亮度调不了 一直是最暗的", "调光失灵、只能最暗")]
    [InlineData("不是色差 就是另一个色 标签上写着卡其", null)]
    [InlineData("t恤买了三件到了只有两件", "少发1件")]
    [InlineData("袜子拍了5双 里面就3双", "少发2双")]
    [InlineData("我拍的xl 收到的标签是l的", "发错尺码")]
    [InlineData("台灯摸了半天只有一个档", "调光失灵")]
    [InlineData("台灯怎么调亮度", null)]
    public void A_fault_is_recorded_in_fixed_terms_never_the_buyers_sentence(string said, string? phrase) =>
        Assert.Equal(phrase, ProblemPhrases.Of(said));

    [Theory]
    [InlineData("破损：盘子碎裂", "碎裂2个", "破损：盘子碎裂2个")]
    [InlineData("破损：盘子碎裂（买家还没选处理方式，请同事与买家商定）", "碎裂2个", "破损：盘子碎裂2个（买家还没选处理方式，请同事与买家商定）")]
    [InlineData("破损：盘子碎裂2个", "碎裂3个", null)]
    [InlineData("破损：盘子碎裂", "盘子碎裂", null)]
    public void A_count_told_later_goes_into_the_fault_recorded(string recorded, string said, string? counted) =>
        Assert.Equal(counted, ProblemPhrases.WithCount(recorded, said));

    [Theory]
    [InlineData("补俩给我", "破损：盘子碎裂", "2个盘子")]
    [InlineData("补发吧", "破损：碗碎裂2个、盘子碎裂1个", "2个碗、1个盘子")]
    [InlineData("再发一个碗", "破损：餐具碎裂", "1个碗")]
    [InlineData("补发就行", "破损：盘子碎裂", null)]
    public void A_reship_says_what_and_how_many_to_send(string compact, string description, string? sent) =>
        Assert.Equal(sent, ProblemPhrases.ReshipOf(compact, description));

    [Theory]
    [InlineData("纯棉圆领短袖T恤 男款 白色 XL", "T恤")]
    [InlineData("羊毛混纺中筒袜 五双装 均码", "中筒袜")]
    [InlineData("帆布托特包 大号 米色", "托特包")]
    [InlineData("加厚珊瑚绒四件套 1.8m床 雾霾灰", "四件套")]
    public void The_item_is_the_head_noun_of_the_title(string title, string item) =>
        Assert.Equal(item, ProblemPhrases.ItemOf(title, ProductWords));

    [Theory]
    [InlineData("质量问题：领口黄渍", "纯棉圆领短袖T恤 男款 白色 XL", "质量问题：T恤领口黄渍")]
    [InlineData("破损：碗缺口", "北欧风陶瓷餐具套装 16件", "破损：碗缺口")]
    [InlineData("质量问题：保温杯掉漆", "不锈钢保温杯 500ml 奶白色", "质量问题：保温杯掉漆")]
    [InlineData("质量问题", "不锈钢保温杯 500ml 奶白色", "质量问题")]
    public void The_record_names_the_item_once(string description, string title, string named) =>
        Assert.Equal(named, ProblemPhrases.WithItem(description, title, ProductWords));

    [Theory]
    [InlineData("护眼台灯 三档调光 白色", true)]
    [InlineData("帆布托特包 大号 米色", true)]
    [InlineData("羊毛混纺中筒袜 五双装 均码", false)]
    [InlineData("加厚珊瑚绒四件套 1.8m床 雾霾灰", false)]
    [InlineData("纯棉圆领短袖T恤 男款 白色 XL", false)]
    public void A_repair_is_offered_only_for_goods_that_can_be_repaired(string title, bool repairable) =>
        Assert.Equal(repairable, ProblemPhrases.Repairable(title));

    [Theory]
    [InlineData("不是質量問題 是我不喜歡 運費我出是吧", true)]
    [InlineData("退货退款 7天无理由可以吧", true)]
    [InlineData("买错尺码了", true)]
    [InlineData("两件t恤有一件想换l的 xl大了", true)]
    [InlineData("四件套颜色跟图片不一样 太灰了 没拆 想退", true)]
    [InlineData("质量没问题 就是颜色发错了", false)]
    [InlineData("是质量问题 领口有个洞", false)]
    public void No_defect_is_told_from_a_defect(string said, bool noDefect) =>
        Assert.Equal(noDefect, NoReasonReturnFlow.SaysNoDefect(said.ToLowerInvariant().Replace("質量問題", "质量问题", StringComparison.Ordinal).Replace("喜歡", "喜欢", StringComparison.Ordinal)));

    [Fact]
    public void A_no_reason_record_says_the_item_why_the_kind_and_who_pays_the_postage()
    {
        Assert.Equal("四件套：不喜欢（7天无理由退货，非质量问题，寄回运费买家承担）", NoReasonReturnFlow.Describe("四件套", "不是质量问题 就是不喜欢", false, null));
        Assert.Equal("T恤：尺码不合适，XL换L（7天无理由换货，非质量问题，寄回运费买家承担）", NoReasonReturnFlow.Describe("T恤", "xl大了 想换l", true, "XL换L"));
    }
}

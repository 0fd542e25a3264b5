using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class QualityProblemsTests
{
    [Theory]
    [InlineData("收到的碗碎了两个", "碗碎了两个")]
    [InlineData("破损:1 碗碎了一个", "碗碎了一个")]
    [InlineData("1 被套破了个洞", "被套破了个洞")]
    [InlineData("亲 浴巾上有一块污渍 订单3614119902035518774", "浴巾上有一块污渍")]
    [InlineData("台灯不亮了 不用退 能帮我修一下吗", "台灯不亮了")]
    [InlineData("杯盖有点松", "杯盖有点松")]
    [InlineData("晚点发照片", "")]
    [InlineData("现在不方便", "")]
    [InlineData("等下拍给你", "")]
    [InlineData("盘子裂了 电话13812345678 邮箱a@b.com", "盘子裂了")]
    public void The_summary_keeps_the_words_naming_the_problem_and_nothing_else(string text, string summary) =>
        Assert.Equal(summary, QualityProblems.Summary(text));

    [Theory]
    [InlineData("托特包有一股很重的怪味", true)]
    [InlineData("保温杯里面有异响 晃一下就响", true)]
    [InlineData("泡的水喝起来有股塑料味", true)]
    [InlineData("台灯时亮时不亮的", true)]
    [InlineData("盘子边上缺了一块", false)]
    [InlineData("被套破了个洞", false)]
    public void A_smell_a_noise_a_taste_or_a_fault_that_comes_and_goes_is_not_seen_in_a_photo(string text, bool unseen) =>
        Assert.Equal(unseen, QualityProblems.NotSeenInPhoto(text));

    [Fact]
    public void The_description_is_the_category_then_the_fault_in_fixed_terms() =>
        Assert.Equal("破损：碗碎裂1个", QualityProblems.Describe(QualityProblem.Damaged, "收到的碗碎了一个。"));

    [Fact]
    public void A_wrong_size_said_as_wanted_and_received_is_a_wrong_item()
    {
        Assert.Equal(QualityProblem.WrongItem, QualityProblems.Of("t恤我要的xl 发来的是m"));
    }

    [Theory]
    [InlineData("1 被套破了个洞", QualityProblem.Damaged)]
    [InlineData("2", QualityProblem.Missing)]
    [InlineData("3、颜色不对", QualityProblem.WrongItem)]
    [InlineData("4.不开机", QualityProblem.NotWorking)]
    [InlineData("5 有异味", QualityProblem.Defect)]
    [InlineData("2个碗碎了", null)]
    [InlineData("12号到的", null)]
    public void A_number_from_the_list_picks_the_problem_but_a_count_does_not(string text, QualityProblem? chosen) =>
        Assert.Equal(chosen, QualityProblems.Chosen(text));

    [Theory]
    [InlineData("台灯不亮了 能帮我修一下吗", true)]
    [InlineData("可以寄回来维修吗", true)]
    [InlineData("能保修吗", false)]
    [InlineData("不用修了 直接退", false)]
    public void A_repair_is_wanted_only_when_asked_for(string text, bool wanted) =>
        Assert.Equal(wanted, QualityProblems.WantsRepair(text));

    [Theory]
    [InlineData("颜色和图片不一样 先跟你们说一声", true)]
    [InlineData("暂时不用处理 记录一下就行", true)]
    [InlineData("颜色不对 我要换", false)]
    public void A_buyer_who_only_reports_is_told_apart(string text, bool reports) =>
        Assert.Equal(reports, QualityProblems.OnlyReports(text));

    [Theory]
    [InlineData(ReasonCategories.Damaged, QualityProblem.Damaged)]
    [InlineData(ReasonCategories.MissingParts, QualityProblem.Missing)]
    [InlineData(ReasonCategories.WrongItemSent, QualityProblem.WrongItem)]
    [InlineData(ReasonCategories.StainSmellPilling, QualityProblem.Defect)]
    [InlineData(ReasonCategories.Price, null)]
    public void A_reason_category_names_the_problem_when_it_is_a_defect(string category, QualityProblem? problem) =>
        Assert.Equal(problem, QualityProblems.OfReason(category));

    [Theory]
    [InlineData(ReasonCategories.WrongItemOrdered, RefundReasons.WrongItem)]
    [InlineData(ReasonCategories.WrongItemSent, RefundReasons.WrongItem)]
    [InlineData(ReasonCategories.SlowShipping, RefundReasons.SlowShipping)]
    [InlineData(ReasonCategories.ChangedMind, RefundReasons.ChangedMind)]
    [InlineData(ReasonCategories.Damaged, null)]
    [InlineData(null, null)]
    public void A_refund_reason_comes_from_the_shared_reason_category(string? category, string? reason) =>
        Assert.Equal(reason, RefundReasons.Of(category));

    [Theory]
    [InlineData("托特包收到了 米色太不耐脏了 能换黑色吗", true)]
    [InlineData("浅蓝色太显脏了 还没用过", true)]
    [InlineData("浴巾上有一块脏的", false)]
    [InlineData("这不是质量问题吗 你们管不管", false)]
    [InlineData("洗一次就变形 这不是质量问题是什么", false)]
    [InlineData("不是质量问题 就是不喜欢", true)]
    public void A_colour_that_shows_dirt_rules_a_defect_out_and_a_rhetorical_question_does_not(string text, bool rulesOut) =>
        Assert.Equal(rulesOut, QualityProblems.RulesOutDefect(text));

    [Theory]
    [InlineData("这不是质量问题吗 你们管不管", true)]
    [InlineData("质量有问题", true)]
    [InlineData("是不是质量问题啊", false)]
    [InlineData("没有质量问题 就是不想要了", false)]
    public void A_quality_problem_claimed_is_neither_asked_nor_denied(string text, bool claimed) =>
        Assert.Equal(claimed, QualityProblems.Claimed(text));
}

using ShopBot.Knowledge.Screening;

namespace ShopBot.Knowledge.Tests.Screening;

public sealed class ReplyScreenTests
{
    private static ScreenVerdict Screen(string text) => ScreeningFixture.Screen.Screen(text);

    [Fact]
    public void Violation_index_and_match_point_into_the_original_text_past_dodging_characters()
    {
        var verdict = Screen("亲,这款是最 * 好的");

        var violation = Assert.Single(verdict.Violations);
        Assert.Equal(ViolationKind.Superlative, violation.Kind);
        Assert.Equal("最 * 好", violation.Match);
        Assert.Equal(5, violation.Index);
    }

    [Fact]
    public void Index_counts_utf16_units_after_an_emoji()
    {
        var violation = Assert.Single(Screen("👍👍顶级品质").Violations);

        Assert.Equal(4, violation.Index);
        Assert.Equal("顶级", violation.Match);
    }

    [Theory]
    [InlineData("這是最優惠的價格", "最優惠")]
    [InlineData("ＴＯＰ１好物", "ＴＯＰ１")]
    [InlineData("第①名", "第①名")]
    [InlineData("行业No1", "No1")]
    [InlineData("绝 对 正品", "绝 对")]
    public void Traditional_full_width_circled_and_spaced_forms_are_caught(string reply, string match)
    {
        var violation = Assert.Single(Screen(reply).Violations);

        Assert.Equal(ViolationKind.Superlative, violation.Kind);
        Assert.Equal(match, violation.Match);
    }

    [Theory]
    [InlineData("我们第一时间为您处理")]
    [InlineData("第1次购买有优惠")]
    [InlineData("第一步先申请退款")]
    [InlineData("这是第12号包裹")]
    [InlineData("最近物流有点慢")]
    [InlineData("最快的话明天发出")]
    [InlineData("您最好先拍照留证")]
    public void Ordinary_words_that_contain_banned_ones_pass(string reply) => Assert.True(Screen(reply).Allowed);

    [Fact]
    public void Allowed_word_counts_only_when_written_in_one_piece()
    {
        Assert.True(Screen("最好您先确认一下").Allowed);
        Assert.False(Screen("质量最好,您放心").Allowed);
    }

    [Theory]
    [InlineData("运单号SF1381234567890")]
    [InlineData("订单号2024111813812345678")]
    [InlineData("单号YT13812345678")]
    [InlineData("价格¥13800,已优惠")]
    [InlineData("下单时间2024-11-18 13:45")]
    public void Tracking_numbers_order_numbers_prices_and_dates_are_not_phone_numbers(string reply) =>
        Assert.True(Screen(reply).Allowed, ReplyGate.Describe(Screen(reply)));

    [Theory]
    [InlineData("电话13812345678", "13812345678")]
    [InlineData("电话 138 1234 5678 找我", "138 1234 5678")]
    [InlineData("号码是159-1234-5678", "159-1234-5678")]
    [InlineData("号码一五九一二三四五六七八", "一五九一二三四五六七八")]
    [InlineData("座机021-66668888", "021-66668888")]
    [InlineData("热线400-820-8820", "400-820-8820")]
    public void Phone_shaped_numbers_are_contact_violations(string reply, string number)
    {
        var verdict = Screen(reply);

        Assert.Contains(verdict.Violations, v => v.Kind == ViolationKind.Contact && v.Match == number);
        Assert.Null(verdict.Rewrite);
    }

    [Theory]
    [InlineData("预计明天到,具体以物流为准")]
    [InlineData("我们不能保证明天到,一般两三天")]
    [InlineData("不一定今天能发出,我们会尽快")]
    [InlineData("我们会尽量今天发出")]
    public void Hedged_or_negated_delivery_statements_pass(string reply) => Assert.True(Screen(reply).Allowed, ReplyGate.Describe(Screen(reply)));

    [Fact]
    public void A_promise_is_rewritten_into_an_estimate_that_passes()
    {
        var verdict = Screen("保证三天内送达");

        Assert.Equal(ViolationKind.Promise, Assert.Single(verdict.Violations).Kind);
        Assert.Equal("预计三天内送达", verdict.Rewrite);
    }

    [Fact]
    public void The_longest_certainty_marker_gives_the_rewrite()
    {
        Assert.Equal("我们会尽量给您一个满意的答复", Screen("我们一定会给您一个满意的答复").Rewrite);
    }

    [Fact]
    public void A_negation_does_not_reach_past_a_comma()
    {
        Assert.True(Screen("我们不能保证明天到").Allowed);
        Assert.Contains(Screen("这个颜色绝不会掉,包您满意").Violations, v => v.Kind == ViolationKind.Promise && v.Match == "包您满意");
    }

    [Fact]
    public void A_superlative_is_softened_or_dropped_in_the_rewrite()
    {
        Assert.Equal("这款质量很好的", Screen("这款质量最好的").Rewrite);
        Assert.Equal("正品,放心购买", Screen("绝对正品,放心购买").Rewrite);
    }

    [Fact]
    public void The_longest_reading_wins_so_a_payment_by_wechat_is_one_rule_violation()
    {
        var violation = Assert.Single(Screen("您直接微信转账就行").Violations);

        Assert.Equal(ViolationKind.Rule, violation.Kind);
        Assert.Equal("微信转账", violation.Match);
    }

    [Theory]
    [InlineData("开发票要加6个点税")]
    [InlineData("信用卡付款加收3%手续费")]
    [InlineData("请走支付宝转账")]
    [InlineData("请银行卡转账或者私下交易")]
    public void Platform_rule_breaches_are_blocked_without_rewrite(string reply)
    {
        var verdict = Screen(reply);

        Assert.Contains(verdict.Violations, v => v.Kind == ViolationKind.Rule);
        Assert.Null(verdict.Rewrite);
    }

    [Theory]
    [InlineData("发票的邮费由本店承担")]
    [InlineData("信用卡付款不收手续费")]
    [InlineData("请勿私下转账")]
    [InlineData("拍下后联系客服改价")]
    [InlineData("我们不会通过微信联系您")]
    public void Keeping_a_rule_or_warning_against_a_breach_passes(string reply) => Assert.True(Screen(reply).Allowed, ReplyGate.Describe(Screen(reply)));

    [Theory]
    [InlineData("usb接口坏了可以换")]
    [InlineData("滚筒洗衣机的包装比较大")]
    public void Latin_or_longer_words_that_contain_an_insult_pass(string reply) => Assert.True(Screen(reply).Allowed);

    [Fact]
    public void Empty_reply_passes()
    {
        var verdict = Screen(string.Empty);

        Assert.True(verdict.Allowed);
        Assert.Empty(verdict.Violations);
    }

    [Fact]
    public void Violations_come_in_order_of_position()
    {
        var verdict = Screen("顶级面料,加我微信,明天一定到");

        Assert.Equal([ViolationKind.Superlative, ViolationKind.Contact, ViolationKind.Promise], verdict.Violations.Select(v => v.Kind).Distinct());
        Assert.Equal(verdict.Violations.OrderBy(v => v.Index).Select(v => v.Index), verdict.Violations.Select(v => v.Index));
    }

    [Theory]
    [InlineData("好的亲，发票会在10天内发到lilin@qq.com")]
    [InlineData("发票会发到13800001111@163.com，请留意")]
    [InlineData("已登记，发送到 wx_lily@QQ.COM 哦")]
    public void The_buyers_own_email_address_repeated_back_passes(string reply) => Assert.True(Screen(reply).Allowed);

    [Theory]
    [InlineData("有问题加我qq，发票发到lilin@qq.com")]
    [InlineData("发票发到lilin@qq.com，也可以打13800001111")]
    public void Contact_words_outside_an_email_address_are_still_caught(string reply) =>
        Assert.Contains(Screen(reply).Violations, v => v.Kind == ViolationKind.Contact);
}

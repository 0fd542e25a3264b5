using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Policies;
using ShopBot.Knowledge.Tests.Orders;
using ShopBot.Knowledge.Tests.Templates;

namespace ShopBot.Knowledge.Tests.Policies;

public sealed class PolicyKnowledgeBaseTests
{
    private static readonly PolicyKnowledgeBase Policies = Create(new PolicyOptions());

    [Theory]
    [InlineData("质量问题运费谁出?", "return-postage")]
    [InlineData("能开公司抬头的发票吗", "invoice-title")]
    [InlineData("用信用卡要加钱吗", "credit-card")]
    [InlineData("快递丢了怎么办", "parcel-lost")]
    [InlineData("收到的东西有瑕疵", "quality-photos")]
    [InlineData("签收后不喜欢可以退吗", "no-reason-return")]
    [InlineData("可以用花呗分期付款吗", "instalments")]
    [InlineData("开发票要多长时间", "invoice")]
    [InlineData("能不能换个尺码", "exchange")]
    [InlineData("還沒發貨能退款嗎", "refund-before-shipment")]
    [InlineData("快遞丟了怎麼辦", "parcel-lost")]
    public void A_free_question_finds_the_entry_that_answers_it(string question, string expected)
    {
        var match = Policies.FindBest(question);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Entry.Id);
        Assert.InRange(match.Score, 0.3, 1.0);
    }

    [Theory]
    [InlineData("花呗一直付不了", "payment-failed")]
    [InlineData("银行卡一直支付失败怎么回事", "payment-failed")]
    [InlineData("能不能便宜点", "bargaining")]
    [InlineData("付款时忘了用券 能退我20吗", "coupon-missed")]
    [InlineData("有没有优惠券", "coupons")]
    [InlineData("两个订单能合并一起发吗", "combine-shipping")]
    [InlineData("快递员说送货上门要另外加钱", "courier-delivery-fee")]
    [InlineData("我那个订单怎么关闭了", "order-closed")]
    [InlineData("退货地址在哪", "return-how")]
    [InlineData("袜子穿过一次还能退吗", "used-goods-return")]
    [InlineData("發票是電子還是紙質的", "invoice-medium")]
    public void A_keyword_names_the_topic_however_the_question_is_worded(string question, string expected)
    {
        var match = Policies.FindBest(question);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Entry.Id);
        Assert.True(match.ByKeyword);
        Assert.InRange(match.Score, PolicyIndex.KeywordFloor, 1.0);
    }

    [Fact]
    public void A_keyword_of_joined_parts_needs_every_part_and_skipped_entries_are_left_out()
    {
        Assert.False(Policies.FindBest("花呗能分期吗")!.ByKeyword);
        Assert.Equal("payment-failed", Policies.FindBest("花呗用不了")!.Entry.Id);
        Assert.NotEqual("payment-failed", Policies.FindBest("花呗用不了", ["payment-failed"])?.Entry.Id);
    }

    [Theory]
    [InlineData("今天天气怎么样")]
    [InlineData("你好")]
    [InlineData("推荐一款口红")]
    [InlineData("你们老板是男的还是女的")]
    [InlineData("哈哈哈哈")]
    [InlineData("？？？")]
    public void An_off_topic_question_finds_nothing(string question)
    {
        Assert.Null(Policies.FindBest(question));
    }

    [Fact]
    public void The_minimum_score_is_configurable()
    {
        var strict = Create(new PolicyOptions { MinimumScore = 0.99 });

        Assert.Null(strict.FindBest("质量问题运费谁出?"));
        Assert.NotEmpty(strict.Rank("质量问题运费谁出?", 3));
    }

    [Fact]
    public void Every_entry_has_an_id_title_text_and_questions()
    {
        Assert.True(Policies.Index.Entries.Count >= 20);
        Assert.All(Policies.Index.Entries, e => Assert.True(e.Questions.Count >= 3, e.Id));
        Assert.Contains(Policies.Index.Entries, e => e.Text.Contains("72小时", StringComparison.Ordinal));
        Assert.Contains("运费", Policies.Get("quality-compensation")!.Text, StringComparison.Ordinal);
        Assert.Null(Policies.Get("no-such-policy"));
    }

    [Theory]
    [InlineData("- id: a\n  title: t\n  text: 文字\n", "at least one question")]
    [InlineData("- id: Bad Id\n  title: t\n  text: 文字\n  questions: [q]\n", "id must be")]
    [InlineData("- id: a\n  title: t\n  text: 我们保证明天到\n  questions: [q]\n", "promise '保证'")]
    [InlineData("- id: a\n  title: [\n", "not valid policy YAML")]
    public void A_broken_policy_file_is_refused_with_the_reason(string yaml, string reason)
    {
        var exception = Assert.Throws<InvalidDataException>(() => PolicyFile.Parse(yaml, "x.yaml", new WordListScreen()));

        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
        Assert.Contains("x.yaml", exception.Message, StringComparison.Ordinal);
    }

    private static PolicyKnowledgeBase Create(PolicyOptions options) => new(
        SampleOrders.Paths, new CharacterGrams(SampleOrders.Normalizer), new WordListScreen(), Options.Create(options), NullLogger<PolicyKnowledgeBase>.Instance);
}

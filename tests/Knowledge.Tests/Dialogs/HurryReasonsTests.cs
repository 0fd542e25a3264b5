using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class HurryReasonsTests
{
    [Theory]
    [InlineData("成都这边降温了 娃等着穿", "孩子等着穿,天气转冷")]
    [InlineData("孩子在外面冻着呢", "孩子等着穿,天气转冷")]
    [InlineData("宝宝等着用", "孩子等着用")]
    [InlineData("天冷了", "天气转冷")]
    [InlineData("要是周三还不发就退了", "买家说周三前不发货就退款")]
    [InlineData("明天再不发货我就取消", "买家说明天前不发货就退款")]
    [InlineData("还不发的话我就申请退款", "买家说再不发货就退款")]
    public void The_reason_is_the_shops_own_terms(string text, string expected)
    {
        Assert.Equal(expected.Split(','), HurryReasons.Of(text));
    }

    [Theory]
    [InlineData("袜子什么时候发 送人的")]
    [InlineData("快点发")]
    [InlineData("羽绒服到哪了")]
    public void No_reason_is_read_where_none_is_told(string text)
    {
        Assert.Empty(HurryReasons.Of(text));
    }

    [Theory]
    [InlineData("羽绒服啥时候能到 孩子等着穿", true)]
    [InlineData("孩子等着穿呢", false)]
    public void A_question_beside_the_reason_asks(string text, bool asks)
    {
        Assert.Equal(asks, HurryReasons.AsksWhen(text.Replace(" ", string.Empty, StringComparison.Ordinal)));
    }
}

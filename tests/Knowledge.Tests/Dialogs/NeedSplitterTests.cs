using ShopBot.Knowledge.Dialogs;

namespace ShopBot.Knowledge.Tests.Dialogs;

public sealed class NeedSplitterTests
{
    [Theory]
    [InlineData("物流到哪了，另外帮我开个发票", "物流到哪了", "帮我开个发票")]
    [InlineData("包包到哪了 另外帮我开个发票", "包包到哪了", "帮我开个发票")]
    [InlineData("杯子坏了，还有被套什么时候发", "杯子坏了", "被套什么时候发")]
    [InlineData("快点发货 还有地址要改一下", "快点发货", "地址要改一下")]
    [InlineData("保溫杯到哪了 順便幫我開個發票", "保溫杯到哪了", "幫我開個發票")]
    public void A_connector_joins_two_parts_and_is_left_out_of_both(string text, string first, string second)
    {
        var cut = NeedSplitter.Cuts(text)[0];

        Assert.Equal((first, second, true), (cut.First, cut.Second, cut.Joined));
    }

    [Theory]
    [InlineData("袜子快点发货 再就是地址改一下", "袜子快点发货", "地址改一下")]
    [InlineData("保温杯到哪了 然后帮我开个发票", "保温杯到哪了", "帮我开个发票")]
    [InlineData("杯子到哪了 此外发票也要开", "杯子到哪了", "发票也要开")]
    [InlineData("餐具什么时候发 順帶開個發票", "餐具什么时候发", "開個發票")]
    public void Connectors_buyers_also_use_join_two_parts(string text, string first, string second)
    {
        Assert.Contains(NeedSplitter.Cuts(text), c => c.Joined && !c.RunOn && c.First == first && c.Second == second);
    }

    [Theory]
    [InlineData("羽绒服怎么还没发货我要改地址", "羽绒服怎么还没发货", "我要改地址")]
    [InlineData("四件套到哪了帮我开个发票", "四件套到哪了", "帮我开个发票")]
    public void A_request_run_on_without_a_pause_is_a_cut(string text, string first, string second)
    {
        Assert.Contains(NeedSplitter.Cuts(text), c => c.RunOn && c.First == first && c.Second == second);
    }

    [Theory]
    [InlineData("我要改地址")]
    [InlineData("帮我开个发票")]
    public void A_request_at_the_start_is_no_run_on(string text)
    {
        Assert.DoesNotContain(NeedSplitter.Cuts(text), c => c.RunOn);
    }

    [Fact]
    public void A_bare_space_is_a_cut_without_a_connector()
    {
        var cut = Assert.Single(NeedSplitter.Cuts("T恤到哪了 四件套什么时候发"));

        Assert.Equal(("T恤到哪了", "四件套什么时候发", false), (cut.First, cut.Second, cut.Joined));
    }

    [Theory]
    [InlineData("物流还有多久到")]
    [InlineData("另外那个订单到哪了")]
    [InlineData("另一单呢")]
    [InlineData("到哪了")]
    public void Words_inside_one_clause_are_no_cut(string text)
    {
        Assert.DoesNotContain(NeedSplitter.Cuts(text), c => c.Joined);
    }
}

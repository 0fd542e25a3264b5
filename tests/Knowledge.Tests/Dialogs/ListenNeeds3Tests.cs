using Microsoft.Extensions.DependencyInjection;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Dialogs;

/// <summary>Every need of a message found in the order said, compensation asked in other words, and a new item's smell told apart from a fault.</summary>
public sealed class ListenNeeds3Tests : IDisposable
{
    private readonly DialogHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void Three_needs_on_three_orders_are_three_in_the_order_said()
    {
        var needs = _harness.Services.GetRequiredService<NeedSplitter>().SplitAll("浴巾到哪了 保温杯也催一下 顺便开个发票", "小王爱购物");

        Assert.NotNull(needs);
        Assert.Equal([IntentIds.Track, IntentIds.Hurry, IntentIds.Invoice], needs.Select(n => n.Intent));
    }

    [Fact]
    public void One_need_is_no_list()
    {
        Assert.Null(_harness.Services.GetRequiredService<NeedSplitter>().SplitAll("地址填错了，帮我改一下", "橙子不酸"));
    }

    [Theory]
    [InlineData("补偿点还是咋说")]
    [InlineData("赔点还是怎么说")]
    [InlineData("能不能补点钱")]
    [InlineData("给点补偿吧")]
    public void Compensation_asked_in_other_words_is_a_request_for_it(string text)
    {
        Assert.Equal(FollowUpRequest.Compensate, FollowUpRequests.Of(KnowledgeBase.Normalizer.Normalize(text)));
    }

    [Theory]
    [InlineData("新买的被子一股味")]
    [InlineData("四件套味道好大啊")]
    [InlineData("浴巾有点刺鼻")]
    public void A_smell_alone_is_a_new_items_smell(string text)
    {
        Assert.True(NewItemSmell.Reports(CompactText.Of(KnowledgeBase.Normalizer.Normalize(text))));
    }

    [Theory]
    [InlineData("四件套有霉味 还发黄")]
    [InlineData("枕套一股怪味 还起球了")]
    [InlineData("味道太大了 我要退货")]
    [InlineData("没什么味道")]
    [InlineData("四件套没有起球 就是有股刺鼻的味道")]
    public void A_smell_beside_a_fault_or_a_remedy_is_not(string text)
    {
        Assert.False(NewItemSmell.Reports(CompactText.Of(KnowledgeBase.Normalizer.Normalize(text))));
    }
}

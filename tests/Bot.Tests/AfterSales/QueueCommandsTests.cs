using ShopBot.Bot.AfterSales;

namespace ShopBot.Bot.Tests.AfterSales;

/// <summary>What a queued buyer says that leaves the queue, and what keeps them in it.</summary>
public sealed class QueueCommandsTests
{
    [Theory]
    [InlineData("算了 不用了")]
    [InlineData("我自己装好了 谢谢")]
    [InlineData("好了好了 我老公弄好了 不用了谢谢")]
    [InlineData("嗯 我儿子帮我装上了 谢谢啦")]
    [InlineData("同事修好了 不需要了")]
    public void Fixed_while_waiting_by_the_buyer_or_someone_at_home_leaves_the_queue(string said) =>
        Assert.True(QueueCommands.Cancels(said), said);

    [Theory]
    [InlineData("老公修好了 但是发票怎么开")]
    [InlineData("我老公弄好了 可是还要退一个")]
    [InlineData("我老公说还是装不上")]
    public void A_new_need_or_a_fault_that_stays_keeps_the_place(string said) =>
        Assert.False(QueueCommands.Cancels(said), said);
}

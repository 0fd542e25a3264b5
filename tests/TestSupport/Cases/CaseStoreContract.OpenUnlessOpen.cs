using ShopBot.Knowledge.Cases;
using Xunit;

namespace ShopBot.TestSupport.Cases;

public abstract partial class CaseStoreContract
{
    [Fact]
    public async Task Open_unless_open_returns_the_open_case_of_the_kind_and_opens_again_once_it_is_closed()
    {
        var store = CreateStore();
        var first = await store.OpenUnlessOpenAsync(CaseDraft.Refund("tb_lily88", "c1", Order, "拍错了"));
        var otherKind = await store.OpenUnlessOpenAsync(CaseDraft.ReturnOrExchange("tb_lily88", "c1", Order, exchange: true, "尺码小了", []));
        var otherOrder = await store.OpenUnlessOpenAsync(CaseDraft.Refund("tb_lily88", "c1", OtherOrder, "拍错了"));

        var again = await store.OpenUnlessOpenAsync(CaseDraft.Refund("tb_lily88", "c2", Order, "不想要了"));
        await store.ResolveAsync(first.Case.Id, new CaseResolution("bot", Cancelled: true));
        var afterClosing = await store.OpenUnlessOpenAsync(CaseDraft.Refund("tb_lily88", "c3", Order, "不想要了"));

        Assert.True(first.Opened && otherKind.Opened && otherOrder.Opened);
        Assert.Equal((false, first.Case.Id, "拍错了"), (again.Opened, again.Case.Id, again.Case.Reason));
        Assert.True(afterClosing.Opened);
        Assert.NotEqual(first.Case.Id, afterClosing.Case.Id);
    }

    [Fact]
    public async Task Simultaneous_requests_of_one_kind_on_one_order_open_exactly_one_case()
    {
        var store = CreateStore();
        var guard = new OpenCaseGuard(store);
        using var start = new ManualResetEventSlim();

        var turns = Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await guard.OpenAsync(CaseDraft.Refund("tb_lily88", $"turn-{i}", Order, "拍错了"));
        })).ToList();
        start.Set();
        var returned = await Task.WhenAll(turns);

        var open = await store.ListAsync(new CaseQuery { OrderNumber = Order, Kind = CaseKind.RefundRequest, Status = CaseStatus.Open });
        var only = Assert.Single(open);
        Assert.All(returned, r => Assert.Equal(only.Id, r.Id));
    }
}

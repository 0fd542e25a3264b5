using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Knowledge.Cases;
using ShopBot.TestSupport;

namespace ShopBot.Knowledge.Tests.Cases;

public sealed class OpenCaseGuardTests
{
    private const string Buyer = "tb_lily88";
    private const string Order = "3615280417723305921";
    private readonly InMemoryCaseStore _store = new(new FixedTimeProvider(FixedTimeProvider.SampleNow), NullLogger<InMemoryCaseStore>.Instance);

    [Fact]
    public async Task A_second_refund_for_an_order_being_refunded_returns_the_open_one_and_opens_nothing()
    {
        var guard = new OpenCaseGuard(_store);

        var first = await guard.OpenAsync(CaseDraft.Refund(Buyer, "c1", Order, "不想要了") with { RefundAmount = 239m });
        var second = await guard.OpenAsync(CaseDraft.Refund(Buyer, "c2", Order, "拍错了") with { RefundAmount = 239m });

        Assert.Equal(first.Id, second.Id);
        var refunds = await _store.ListAsync(new CaseQuery { Kind = CaseKind.RefundRequest });
        Assert.Single(refunds);
        Assert.Equal("不想要了", refunds[0].Reason);
    }

    [Fact]
    public async Task A_second_address_change_supersedes_the_first_so_one_stays_open()
    {
        var guard = new OpenCaseGuard(_store);

        var first = await guard.OpenAsync(new CaseDraft(CaseKind.AddressChange, Buyer, "c1", Order) { Description = "新地址：陈橙 浙江省杭州市西湖区文三路1号" });
        var second = await guard.OpenAsync(new CaseDraft(CaseKind.AddressChange, Buyer, "c1", Order) { Description = "新地址：陈橙 上海市浦东新区世纪大道100号" });

        Assert.NotEqual(first.Id, second.Id);
        var open = await _store.ListAsync(new CaseQuery { Kind = CaseKind.AddressChange, Status = CaseStatus.Open });
        Assert.Equal(second.Id, Assert.Single(open).Id);
        Assert.Equal(CaseStatus.Cancelled, (await _store.GetAsync(first.Id))?.Status);
    }

    [Fact]
    public async Task Cases_on_other_orders_of_other_kinds_or_already_closed_do_not_stop_a_new_one()
    {
        var guard = new OpenCaseGuard(_store);
        var closed = await guard.OpenAsync(CaseDraft.Refund(Buyer, "c1", Order, "不想要了"));
        await _store.ResolveAsync(closed.Id, new CaseResolution("bot", Cancelled: true));

        var again = await guard.OpenAsync(CaseDraft.Refund(Buyer, "c1", Order, "不想要了"));
        var otherOrder = await guard.OpenAsync(CaseDraft.Refund(Buyer, "c1", "3615280417723305922", "不想要了"));
        var hurry = await guard.OpenAsync(CaseDraft.Hurry(Buyer, "c1", Order, pastPromise: false, note: null));
        var hurryAgain = await guard.OpenAsync(CaseDraft.Hurry(Buyer, "c1", Order, pastPromise: false, note: null));

        Assert.Equal(5, new[] { closed.Id, again.Id, otherOrder.Id, hurry.Id, hurryAgain.Id }.Distinct().Count());
    }
}

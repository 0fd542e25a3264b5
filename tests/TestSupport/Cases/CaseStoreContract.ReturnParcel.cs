using ShopBot.Knowledge.Cases;
using Xunit;

namespace ShopBot.TestSupport.Cases;

public abstract partial class CaseStoreContract
{
    [Fact]
    public async Task The_parcel_a_buyer_sent_back_is_noted_on_the_open_return_and_read_back()
    {
        var store = CreateStore();
        var opened = await store.OpenAsync(CaseDraft.ReturnOrExchange("a", "c", Order, exchange: false, "破损：杯子裂了", NoPhotos));

        var noted = await store.NoteReturnParcelAsync(opened.Id, "中通快递", " 78312345678901 ");
        var renoted = await store.NoteReturnParcelAsync(opened.Id, null, "yt7510000000001");

        Assert.Equal(("中通快递", "78312345678901"), (noted.ReturnCarrier, noted.ReturnTrackingNumber));
        Assert.Equal((null, "YT7510000000001", CaseStatus.Open), (renoted.ReturnCarrier, renoted.ReturnTrackingNumber, renoted.Status));
        AssertSame(renoted, await store.GetAsync(opened.Id));
    }

    [Fact]
    public async Task The_parcel_sent_back_for_a_platform_refund_is_noted_on_the_warehouse_follow_up()
    {
        var store = CreateStore();
        var followUp = await store.OpenAsync(new CaseDraft(CaseKind.LogisticsFollowUp, "a", "c", Order) { Description = "买家说退货已寄回，请仓库留意签收验货" });

        var noted = await store.NoteReturnParcelAsync(followUp.Id, "圆通速递", "YT7510588830472");

        Assert.Equal(("圆通速递", "YT7510588830472", CaseStatus.Open), (noted.ReturnCarrier, noted.ReturnTrackingNumber, noted.Status));
        AssertSame(noted, await store.GetAsync(followUp.Id));
    }

    [Fact]
    public async Task A_return_parcel_is_refused_on_a_closed_case_another_kind_or_a_malformed_number()
    {
        var store = CreateStore();
        var refund = await store.OpenAsync(CaseDraft.Refund("a", "c", Order, "拍错了"));
        var exchange = await store.OpenAsync(CaseDraft.ReturnOrExchange("a", "c", Order, exchange: true, "发错颜色", NoPhotos));
        var closed = await store.OpenAsync(CaseDraft.ReturnOrExchange("a", "c", Order, exchange: false, "破损", NoPhotos));
        await store.ResolveAsync(closed.Id, new CaseResolution("agent1", Refund: 10m));

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.NoteReturnParcelAsync(refund.Id, "顺丰速运", "SF1234567890"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.NoteReturnParcelAsync(closed.Id, "顺丰速运", "SF1234567890"));
        await Assert.ThrowsAsync<CaseDraftException>(() => store.NoteReturnParcelAsync(exchange.Id, "顺丰速运", "SF 123-456"));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => store.NoteReturnParcelAsync("AS20261122-99999", "顺丰速运", "SF1234567890"));
        Assert.Null((await store.GetAsync(exchange.Id))!.ReturnTrackingNumber);
    }
}

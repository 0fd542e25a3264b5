using ShopBot.Knowledge.Cases;
using Xunit;

namespace ShopBot.TestSupport.Cases;

/// <summary>Listing through the indexes, refused changes, and changes racing on one case.</summary>
public abstract partial class CaseStoreContract
{
    [Fact]
    public async Task Listing_is_newest_change_first_and_filters_by_buyer_order_kind_status_and_time()
    {
        var store = CreateStore();
        var start = FixedTimeProvider.SampleNow;
        var refund = await store.OpenAsync(CaseDraft.Refund("tb_lily88", "c1", Order, "拍错了"));
        Time.Advance(TimeSpan.FromHours(1));
        var hurry = await store.OpenAsync(CaseDraft.Hurry("momo_2019", "c2", OtherOrder, pastPromise: false));
        Time.Advance(TimeSpan.FromHours(1));
        var exchange = await store.OpenAsync(CaseDraft.ReturnOrExchange("tb_lily88", "c3", OtherOrder, exchange: true, "尺码小了", []));
        Time.Advance(TimeSpan.FromHours(1));
        await store.ResolveAsync(refund.Id, new CaseResolution("小柚", Refund: 59m));

        async Task<string[]> Ids(CaseQuery query) => [.. (await store.ListAsync(query)).Select(c => c.Id)];

        Assert.Equal([refund.Id, exchange.Id, hurry.Id], await Ids(new CaseQuery()));
        Assert.Equal([refund.Id, exchange.Id], await Ids(new CaseQuery { BuyerId = "tb_lily88" }));
        Assert.Equal([exchange.Id, hurry.Id], await Ids(new CaseQuery { OrderNumber = OtherOrder }));
        Assert.Equal([exchange.Id], await Ids(new CaseQuery { BuyerId = "tb_lily88", OrderNumber = OtherOrder }));
        Assert.Equal([refund.Id], await Ids(new CaseQuery { Status = CaseStatus.Resolved }));
        Assert.Equal([exchange.Id], await Ids(new CaseQuery { BuyerId = "tb_lily88", Status = CaseStatus.Open }));
        Assert.Equal([hurry.Id], await Ids(new CaseQuery { Kind = CaseKind.HurryNote }));
        Assert.Equal([exchange.Id, hurry.Id], await Ids(new CaseQuery { UpdatedFrom = start.AddHours(1), UpdatedBefore = start.AddHours(3) }));
        Assert.Equal([refund.Id, exchange.Id], await Ids(new CaseQuery { Limit = 2 }));
        Assert.Empty(await Ids(new CaseQuery { Limit = 0 }));
        Assert.Empty(await Ids(new CaseQuery { BuyerId = "nobody" }));
    }

    [Fact]
    public async Task Photos_beyond_the_limit_or_not_http_or_for_an_unknown_case_are_refused_and_nothing_changes()
    {
        var store = CreateStore();
        var eight = Enumerable.Range(1, 8).Select(i => $"https://img.example/{i}.jpg").ToList();
        var opened = await store.OpenAsync(CaseDraft.ReturnOrExchange("a", "c", Order, exchange: false, "开胶了", eight));
        Time.Advance(TimeSpan.FromMinutes(5));

        var tooMany = await Assert.ThrowsAsync<CaseDraftException>(() => store.AttachPhotosAsync(opened.Id, ["https://img.example/9.jpg", "https://img.example/10.jpg"]));
        await Assert.ThrowsAsync<CaseDraftException>(() => store.AttachPhotosAsync(opened.Id, ["javascript:alert(1)"]));
        var unknown = await Assert.ThrowsAsync<CaseNotFoundException>(() => store.AttachPhotosAsync("AS00000000-00000", ["https://img.example/1.jpg"]));

        Assert.Contains("photos", tooMany.Message, StringComparison.Ordinal);
        Assert.Equal("AS00000000-00000", unknown.CaseId);
        AssertSame(opened, await store.GetAsync(opened.Id));
        Assert.Null(await store.GetAsync("AS00000000-00000"));
    }

    [Fact]
    public async Task Changes_racing_on_one_case_are_all_kept_and_it_is_resolved_exactly_once()
    {
        var store = CreateStore();
        var opened = await store.OpenAsync(CaseDraft.ReturnOrExchange("a", "c", Order, exchange: false, "开线", ["https://img.example/0.jpg"]));

        await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() => store.AttachPhotosAsync(opened.Id, [$"https://img.example/{i}.jpg"]))));
        var attempts = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            try
            {
                return await store.ResolveAsync(opened.Id, new CaseResolution($"agent{i}", Postage: i));
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        })));

        var stored = await store.GetAsync(opened.Id);
        Assert.Equal(Enumerable.Range(0, 9).Select(i => $"https://img.example/{i}.jpg").Order(StringComparer.Ordinal), stored!.PhotoUrls.Order(StringComparer.Ordinal));
        var winner = Assert.Single(attempts, r => r is not null);
        Assert.Equal((CaseStatus.Resolved, winner!.Handler, winner.Postage), (stored.Status, stored.Handler, stored.Postage));
    }
}

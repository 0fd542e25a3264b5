using ShopBot.Knowledge.Cases;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.Storage;

/// <summary>What only a shared store can promise: cases outlive the connection, and hosts writing at once never clash.</summary>
[Collection(Hosting.TimedHostsCollection.Name)]
public sealed class RedisCaseStoreSharingTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private const string Order = "3615280417723305921";
    private readonly string _prefix = $"cases-test-{Guid.NewGuid():N}";
    private readonly FixedTimeProvider _time = new(FixedTimeProvider.SampleNow);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await using var connection = await redis.ConnectAsync();
        await RedisServerFixture.DeleteKeysAsync(connection, _prefix);
    }

    [Fact]
    public async Task After_a_restart_every_case_is_read_back_intact_and_new_ids_do_not_repeat_old_ones()
    {
        CaseRecord[] before;
        await using (var first = await redis.ConnectAsync())
        {
            var store = RedisCaseStoreTests.Create(first, _prefix, _time);
            var refund = await store.OpenAsync(CaseDraft.Refund("tb_lily88", "c1", Order, "拍错了"));
            var invoice = await store.OpenAsync(CaseDraft.Invoice("阿福的杂货铺", "c2", Order, InvoiceTitleType.Company, "杭州暖窝家居有限公司", "91330106MA2B3C4D5E", "finance@example.com"));
            var lost = await store.OpenAsync(new CaseDraft(CaseKind.LostParcel, "快乐的胖虎", "c3", null) { Description = "物流半个月没动" });
            _time.Advance(TimeSpan.FromHours(1));
            var returned = await store.OpenAsync(CaseDraft.ReturnOrExchange("momo_2019", "c4", Order, exchange: false, "杯盖裂了", ["https://img.example/1.jpg"]));
            returned = await store.AttachPhotosAsync(returned.Id, ["https://img.example/2.jpg"]);
            refund = await store.ResolveAsync(refund.Id, new CaseResolution("小柚", Refund: 89.5m, Note: "已退"));
            before = [refund, invoice, lost, returned];
        }

        await using var second = await redis.ConnectAsync();
        var restarted = RedisCaseStoreTests.Create(second, _prefix, _time);

        foreach (var record in before)
        {
            var read = await restarted.GetAsync(record.Id);
            Assert.Equal(record with { PhotoUrls = [] }, read! with { PhotoUrls = [] });
            Assert.Equal(record.PhotoUrls, read.PhotoUrls);
        }

        Assert.Equal(before.OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id, StringComparer.Ordinal).Select(c => c.Id),
            (await restarted.ListAsync(new CaseQuery())).Select(c => c.Id));
        var next = await restarted.OpenAsync(CaseDraft.Hurry("tb_lily88", "c5", Order, pastPromise: true));
        Assert.DoesNotContain(next.Id, before.Select(c => c.Id));
        Assert.Equal(89.5m, (await restarted.ListAsync(new CaseQuery { Status = CaseStatus.Resolved })).Single().Refund);
    }

    [Fact]
    public async Task Two_hosts_opening_cases_at_once_get_distinct_ids_and_lose_none()
    {
        await using var one = await redis.ConnectAsync();
        await using var two = await redis.ConnectAsync();
        var stores = new[] { RedisCaseStoreTests.Create(one, _prefix, _time), RedisCaseStoreTests.Create(two, _prefix, _time) };

        var opened = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(() =>
            stores[i % 2].OpenAsync(CaseDraft.Refund($"buyer{i % 11}", $"c{i}", Order, $"理由{i}")))));

        Assert.Equal(300, opened.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var store in stores)
        {
            var listed = await store.ListAsync(new CaseQuery { Limit = 1000 });
            Assert.Equal(opened.Select(c => c.Id).Order(StringComparer.Ordinal), listed.Select(c => c.Id).Order(StringComparer.Ordinal));
            Assert.Equal(300, listed.Select(c => c.Reason).Distinct(StringComparer.Ordinal).Count());
        }

        Assert.Equal(300 / 11 + 1, (await stores[1].ListAsync(new CaseQuery { BuyerId = "buyer0" })).Count);
    }

    [Fact]
    public async Task Two_hosts_changing_one_case_at_once_keep_every_photo_and_resolve_it_once()
    {
        await using var one = await redis.ConnectAsync();
        await using var two = await redis.ConnectAsync();
        var stores = new[] { RedisCaseStoreTests.Create(one, _prefix, _time), RedisCaseStoreTests.Create(two, _prefix, _time) };
        var opened = await stores[0].OpenAsync(CaseDraft.ReturnOrExchange("a", "c", Order, exchange: true, "袖口开线", ["https://img.example/0.jpg"]));

        await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() => stores[i % 2].AttachPhotosAsync(opened.Id, [$"https://img.example/{i}.jpg"]))));
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            try
            {
                await stores[i % 2].ResolveAsync(opened.Id, new CaseResolution($"agent{i}", Compensation: 5m));
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        })));

        var stored = await stores[1].GetAsync(opened.Id);
        Assert.Equal(9, stored!.PhotoUrls.Distinct(StringComparer.Ordinal).Count());
        Assert.Single(outcomes, won => won);
        Assert.Equal(CaseStatus.Resolved, stored.Status);
    }
}

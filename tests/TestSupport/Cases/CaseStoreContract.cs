using ShopBot.Knowledge.Cases;
using Xunit;

namespace ShopBot.TestSupport.Cases;

/// <summary>
/// What every <see cref="ICaseStore"/> must do; each implementation's tests derive from this class (the in-memory
/// store in Knowledge.Tests, the Redis store in Bot.Tests).
/// </summary>
public abstract partial class CaseStoreContract
{
    protected const string Order = "3615280417723305921";
    protected const string OtherOrder = "3617051183306682495";

    private static readonly IReadOnlyList<string> NoPhotos = [];

    protected FixedTimeProvider Time { get; } = new(FixedTimeProvider.SampleNow);

    protected abstract ICaseStore CreateStore();

    [Fact]
    public async Task An_opened_case_can_be_read_back_and_listed()
    {
        var store = CreateStore();

        var opened = await store.OpenAsync(CaseDraft.Refund("tb_lily88", "conv-1", Order, "拍错了"));
        var read = await store.GetAsync(opened.Id);

        AssertSame(opened, read);
        Assert.Equal((CaseKind.RefundRequest, CaseStatus.Open, "拍错了", Order), (read!.Kind, read.Status, read.Reason, read.OrderNumber));
        Assert.Equal(FixedTimeProvider.SampleNow, read.CreatedAt);
        Assert.Equal([opened.Id], (await store.ListAsync(new CaseQuery { BuyerId = "tb_lily88" })).Select(c => c.Id));
    }

    [Fact]
    public async Task Each_kind_keeps_what_it_needs()
    {
        var store = CreateStore();

        var hurry = await store.OpenAsync(CaseDraft.Hurry("a", "c", Order, pastPromise: false));
        var urgent = await store.OpenAsync(CaseDraft.Hurry("a", "c", Order, pastPromise: true, note: "孩子等着穿"));
        var exchange = await store.OpenAsync(CaseDraft.ReturnOrExchange("a", "c", Order, exchange: true, "袖口开线", ["https://img.example/1.jpg"]));
        var invoice = await store.OpenAsync(CaseDraft.Invoice("a", "c", Order, InvoiceTitleType.Company, "杭州暖窝家居有限公司", "91330106MA2B3C4D5E", "finance@example.com"));

        Assert.Equal(CaseKind.HurryNote, hurry.Kind);
        Assert.Equal((CaseKind.UrgentNote, "孩子等着穿"), (urgent.Kind, urgent.Reason));
        Assert.Equal((CaseKind.Exchange, "袖口开线"), (exchange.Kind, exchange.Description));
        Assert.Equal(["https://img.example/1.jpg"], exchange.PhotoUrls);
        Assert.Equal((InvoiceTitleType.Company, "91330106MA2B3C4D5E", "finance@example.com"), (invoice.InvoiceTitleType, invoice.TaxNumber, invoice.Email));
        Assert.Equal(4, (await store.ListAsync(new CaseQuery())).Select(c => c.Id).Distinct().Count());
        Assert.Equal([invoice.Id], (await store.ListAsync(new CaseQuery { Kind = CaseKind.InvoiceRequest })).Select(c => c.Id));
    }

    [Theory]
    [InlineData("refund-without-reason", "Reason")]
    [InlineData("company-without-tax-number", "TaxNumber")]
    [InlineData("bad-email", "Email")]
    [InlineData("bad-order", "OrderNumber")]
    [InlineData("photo-not-http", "photo")]
    [InlineData("return-without-description", "Description")]
    public async Task An_incomplete_draft_is_refused_naming_the_field(string draft, string field)
    {
        var store = CreateStore();
        var bad = draft switch
        {
            "refund-without-reason" => CaseDraft.Refund("a", "c", Order, " "),
            "company-without-tax-number" => CaseDraft.Invoice("a", "c", Order, InvoiceTitleType.Company, "某公司", null, "x@example.com"),
            "bad-email" => CaseDraft.Invoice("a", "c", Order, InvoiceTitleType.Personal, "林莉", null, "not-an-email"),
            "bad-order" => CaseDraft.Refund("a", "c", "12345", "拍错了"),
            "photo-not-http" => CaseDraft.ReturnOrExchange("a", "c", Order, exchange: false, "破了", ["javascript:alert(1)"]),
            _ => CaseDraft.ReturnOrExchange("a", "c", Order, exchange: false, "", []),
        };

        var exception = await Assert.ThrowsAsync<CaseDraftException>(() => store.OpenAsync(bad));

        Assert.Contains(field, exception.Message, StringComparison.Ordinal);
        Assert.Empty(await store.ListAsync(new CaseQuery()));
    }

    [Fact]
    public async Task Resolving_records_the_money_and_the_handler_once()
    {
        var store = CreateStore();
        var opened = await store.OpenAsync(CaseDraft.ReturnOrExchange("a", "c", Order, exchange: false, "杯盖裂了", []));
        Time.Advance(TimeSpan.FromHours(2));

        var resolved = await store.ResolveAsync(opened.Id, new CaseResolution("小美", Postage: 12m, Refund: 89m, Note: "质量问题 运费已补"));

        Assert.Equal((CaseStatus.Resolved, "小美", 12m, 89m, 0m), (resolved.Status, resolved.Handler, resolved.Postage, resolved.Refund, resolved.Compensation));
        Assert.Equal(FixedTimeProvider.SampleNow.AddHours(2), resolved.ResolvedAt);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ResolveAsync(opened.Id, new CaseResolution("小美")));
        await Assert.ThrowsAsync<CaseDraftException>(() => store.ResolveAsync(opened.Id, new CaseResolution("小美", Refund: -1m)));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => store.ResolveAsync("AS00000000-00000", new CaseResolution("小美")));
    }

    [Fact]
    public async Task Photos_sent_later_are_added_to_the_case()
    {
        var store = CreateStore();
        var opened = await store.OpenAsync(CaseDraft.ReturnOrExchange("a", "c", Order, exchange: false, "有污渍", ["https://img.example/1.jpg"]));

        var updated = await store.AttachPhotosAsync(opened.Id, ["https://img.example/2.jpg", "https://img.example/1.jpg"]);

        Assert.Equal(["https://img.example/1.jpg", "https://img.example/2.jpg"], updated.PhotoUrls);
        AssertSame(updated, await store.GetAsync(opened.Id));
    }

    [Fact]
    public async Task Concurrent_turns_never_lose_or_share_a_case()
    {
        var store = CreateStore();

        var opened = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => store.OpenAsync(CaseDraft.Hurry($"buyer{i % 7}", $"c{i}", Order, pastPromise: i % 2 == 0)))));

        Assert.Equal(200, opened.Select(c => c.Id).Distinct().Count());
        Assert.Equal(200, (await store.ListAsync(new CaseQuery { Limit = 1000 })).Count);
    }

    /// <summary>Equal field by field; a record compares its photo list by reference, and a store that reads JSON back makes a new list.</summary>
    protected static void AssertSame(CaseRecord expected, CaseRecord? actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Assert.NotNull(actual);
        Assert.Equal(expected with { PhotoUrls = NoPhotos }, actual with { PhotoUrls = NoPhotos });
        Assert.Equal(expected.PhotoUrls, actual.PhotoUrls);
    }
}

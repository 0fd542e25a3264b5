using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Finance;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Tests.Orders;

namespace ShopBot.Knowledge.Tests.Finance;

public sealed class FinanceRegisterTests
{
    private const string Order = "3615280417723305921";
    private static readonly DateOnly Today = new(2026, 11, 22);
    private readonly FixedTimeProvider _time = new(FixedTimeProvider.SampleNow.AddDays(-1));
    private readonly InMemoryCaseStore _store;

    public FinanceRegisterTests() => _store = new InMemoryCaseStore(_time, NullLogger<InMemoryCaseStore>.Instance);

    [Fact]
    public async Task The_day_lists_after_sales_resolved_that_day_and_those_opened_that_day_still_open()
    {
        var yesterdaysReturn = await _store.OpenAsync(CaseDraft.ReturnOrExchange("a", "c", Order, exchange: false, "杯盖裂了", []));
        var yesterdaysOpenRefund = await _store.OpenAsync(CaseDraft.Refund("b", "c", Order, "不想要了"));
        _time.Advance(TimeSpan.FromDays(1));
        await _store.ResolveAsync(yesterdaysReturn.Id, new CaseResolution("小美", Postage: 12m, Refund: 89m));
        var todaysRefund = await _store.OpenAsync(CaseDraft.Refund("c", "c", Order, "拍错了"));
        var compensation = await _store.OpenAsync(new CaseDraft(CaseKind.Compensation, "d", "c", Order) { Description = "小污点" });
        await _store.ResolveAsync(compensation.Id, new CaseResolution("阿强", Compensation: 8m));
        var cancelled = await _store.OpenAsync(CaseDraft.Refund("e", "c", Order, "重复"));
        await _store.ResolveAsync(cancelled.Id, new CaseResolution("阿强", Cancelled: true));
        await _store.OpenAsync(CaseDraft.Hurry("f", "c", Order, pastPromise: true));
        _time.Advance(TimeSpan.FromDays(1));
        await _store.ResolveAsync(todaysRefund.Id, new CaseResolution("小美", Refund: 59m));

        var rows = await new FinanceRegister(_store).BuildAsync(Today);

        Assert.Equal([yesterdaysReturn.Id, compensation.Id], rows.Select(r => r.CaseId));
        Assert.DoesNotContain(rows, r => r.CaseId == yesterdaysOpenRefund.Id);
        Assert.Equal(("退货", 12m, 89m, "小美", "已处理"), (rows[0].CaseType, rows[0].Postage, rows[0].Refund, rows[0].Handler, rows[0].Status));
        Assert.Equal(("补偿", 8m, "阿强"), (rows[1].CaseType, rows[1].Compensation, rows[1].Handler));
        var tomorrow = await new FinanceRegister(_store).BuildAsync(Today.AddDays(1));
        Assert.Equal([todaysRefund.Id], tomorrow.Select(r => r.CaseId));
    }

    [Fact]
    public async Task A_settled_case_is_listed_with_its_outcome_amounts_and_handler()
    {
        _time.Advance(TimeSpan.FromDays(1));
        var refund = await _store.OpenAsync(CaseDraft.ReturnOrExchange("a", "c", Order, exchange: false, "杯盖裂了", []));
        await _store.ResolveAsync(refund.Id, new CaseResolution("小柚", Postage: 10m, Refund: 59.9m, Note: "退货已签收", Outcome: CaseOutcome.Refunded));

        var row = Assert.Single(await new FinanceRegister(_store).BuildAsync(Today));
        var stored = await _store.GetAsync(refund.Id);

        Assert.Equal((10m, 59.9m, 0m, "小柚", "已处理", "已退款"), (row.Postage, row.Refund, row.Compensation, row.Handler, row.Status, row.Outcome));
        Assert.Equal((CaseOutcome.Refunded, "退货已签收"), (stored!.Outcome, stored.Resolution));
    }

    [Fact]
    public async Task A_rejected_compensation_is_listed_with_nothing_paid()
    {
        _time.Advance(TimeSpan.FromDays(1));
        var accepted = await _store.OpenAsync(new CaseDraft(CaseKind.Compensation, "a", "c", Order) { Description = "买家保留商品，接受补偿8元", Compensation = 8m });
        await _store.ResolveAsync(accepted.Id, new CaseResolution("小柚", Note: "照片看不出问题", Outcome: CaseOutcome.Rejected));

        var row = Assert.Single(await new FinanceRegister(_store).BuildAsync(Today));

        Assert.Equal((0m, 0m, "已驳回"), (row.Compensation, row.Refund, row.Outcome));
    }

    [Fact]
    public async Task An_open_refund_is_listed_with_the_amount_it_was_recorded_with()
    {
        _time.Advance(TimeSpan.FromDays(1));
        var refund = await _store.OpenAsync(CaseDraft.Refund("a", "c", Order, "拍错了") with { RefundAmount = 239m });

        var row = Assert.Single(await new FinanceRegister(_store).BuildAsync(Today));

        Assert.Equal((refund.Id, 239m, "处理中"), (row.CaseId, row.Refund, row.Status));
    }

    [Theory]
    [InlineData("12.345")]
    [InlineData("0.001")]
    public async Task An_amount_with_more_than_two_decimals_is_refused(string amount)
    {
        var refund = await _store.OpenAsync(CaseDraft.Refund("c", "c", Order, "拍错了"));

        var error = await Assert.ThrowsAsync<CaseDraftException>(() =>
            _store.ResolveAsync(refund.Id, new CaseResolution("小柚", Refund: decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Outcome: CaseOutcome.Refunded)));

        Assert.Contains("two decimals", error.Message, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Open, (await _store.GetAsync(refund.Id))!.Status);
    }

    [Fact]
    public async Task An_open_case_opened_that_day_is_listed_as_pending()
    {
        _time.Advance(TimeSpan.FromDays(1));
        var refund = await _store.OpenAsync(CaseDraft.Refund("c", "c", Order, "拍错了"));

        var row = Assert.Single(await new FinanceRegister(_store).BuildAsync(Today));

        Assert.Equal((refund.Id, "未发货退款", "处理中", 0m), (row.CaseId, row.CaseType, row.Status, row.Refund));
    }

    [Fact]
    public async Task A_compensation_the_buyer_accepted_shows_its_amount_before_and_after_a_person_resolves_it()
    {
        _time.Advance(TimeSpan.FromDays(1));
        var accepted = await _store.OpenAsync(new CaseDraft(CaseKind.Compensation, "d", "c", Order) { Description = "买家保留商品，接受补偿5元", Compensation = 5m });

        var pending = Assert.Single(await new FinanceRegister(_store).BuildAsync(Today));
        await _store.ResolveAsync(accepted.Id, new CaseResolution("阿强"));
        var resolved = Assert.Single(await new FinanceRegister(_store).BuildAsync(Today));

        Assert.Equal(("补偿", 5m, "处理中"), (pending.CaseType, pending.Compensation, pending.Status));
        Assert.Equal((5m, "已处理"), (resolved.Compensation, resolved.Status));
    }

    [Fact]
    public async Task Only_a_compensation_case_carries_an_accepted_amount() =>
        await Assert.ThrowsAsync<CaseDraftException>(() => _store.OpenAsync(CaseDraft.Refund("d", "c", Order, "拍错了") with { Compensation = 5m }));

    [Fact]
    public void The_csv_keeps_order_numbers_whole_and_ends_with_totals()
    {
        var rows = new[]
        {
            new RegisterRow(Today, Order, "退货", 12m, 89m, 0m, "小美", "AS20261122-00001", "已处理", "已退款"),
            new RegisterRow(Today, null, "丢件", 0m, 0m, 5.5m, "阿强, 夜班", "AS20261122-00002", "已处理", "已补偿"),
        };
        var writer = new StringWriter();

        RegisterCsv.Write(rows, writer);
        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("日期,订单号,售后类型,运费,退款,补偿,处理人,工单号,状态,处理结果", lines[0]);
        Assert.Equal($"2026-11-22,=\"{Order}\",退货,12.00,89.00,0.00,小美,AS20261122-00001,已处理,已退款", lines[1]);
        Assert.Equal("2026-11-22,,丢件,0.00,0.00,5.50,\"阿强, 夜班\",AS20261122-00002,已处理,已补偿", lines[2]);
        Assert.Equal("合计,,,12.00,89.00,5.50,,,,", lines[3]);
        var parsed = CsvRecords.Parse(writer.ToString()).ToList();
        Assert.All(parsed, record => Assert.Equal(10, record.Cells.Length));
    }
}

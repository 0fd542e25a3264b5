using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Tests.Finance;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Bot.Tests.Agents.Settlement;

/// <summary><c>POST /api/agent/cases/{caseId}/resolve</c> on the shipped bot: the rules, the buyer's message and the register.</summary>
public sealed class CaseSettlementApiTests : IDisposable
{
    private const string Refund = """{"outcome":"refunded","refund":59.9,"postage":10,"note":"退货已签收"}""";

    private readonly SettlementTestHost _host = new();

    [Fact]
    public async Task A_settled_refund_is_recorded_told_to_the_buyer_and_listed_in_the_register_with_totals()
    {
        var buyer = await _host.BuyerAsync();
        var opened = await _host.OpenAsync(buyer);

        using var response = await _host.SettleAsync(SettlementTestHost.KeyA, opened.Id, Refund);
        var body = await ReadAsync(response, HttpStatusCode.OK);
        var told = await buyer.ReadAsync();

        Assert.Equal(("resolved", "refunded", "已退款", 59.9m, 10m, 0m, SettlementTestHost.AgentA),
            (Text(body, "status"), Text(body, "outcome"), Text(body, "outcomeLabel"), body.GetProperty("refund").GetDecimal(), body.GetProperty("postage").GetDecimal(), body.GetProperty("compensation").GetDecimal(), Text(body, "handler")));
        Assert.Contains("退款59.90元", told, StringComparison.Ordinal);
        Assert.Contains("运费10.00元", told, StringComparison.Ordinal);
        Assert.Equal(told, Text(body, "buyerMessage"));
        Assert.DoesNotContain("refunded", told, StringComparison.Ordinal);
        var stored = await _host.Services.GetRequiredService<ICaseStore>().GetAsync(opened.Id);
        Assert.Equal((CaseStatus.Resolved, CaseOutcome.Refunded, SettlementTestHost.AgentA, "退货已签收"), (stored!.Status, stored.Outcome, stored.Handler, stored.Resolution));
        Assert.NotNull(stored.ResolvedAt);

        var date = ShanghaiTime.DateOf(stored.ResolvedAt!.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lines = await RegisterEndpointTests.DownloadAsync(_host.Host.CreateClient(), date, SettlementTestHost.KeyA);
        Assert.Equal($"{date},=\"{SettlementTestHost.Order}\",退货,10.00,59.90,0.00,{SettlementTestHost.AgentA},{opened.Id},已处理,已退款", Assert.Single(lines, l => l.Contains(opened.Id, StringComparison.Ordinal)));
        Assert.Equal("合计,,,10.00,59.90,0.00,,,,", lines[^1]);
    }

    [Fact]
    public async Task The_same_settlement_twice_answers_the_same_and_tells_the_buyer_once()
    {
        var buyer = await _host.BuyerAsync();
        var opened = await _host.OpenAsync(buyer);

        using var first = await _host.SettleAsync(SettlementTestHost.KeyA, opened.Id, Refund);
        var firstBody = await first.Content.ReadAsStringAsync();
        var told = await buyer.ReadAsync();
        using var second = await _host.SettleAsync(SettlementTestHost.KeyA, opened.Id, Refund);
        var secondBody = await second.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(firstBody, secondBody);
        Assert.Contains("退款", told, StringComparison.Ordinal);
        Assert.Equal(string.Empty, await buyer.ReadAsync());
    }

    [Theory]
    [InlineData("""{"outcome":"compensated","compensation":5}""")]
    [InlineData("""{"outcome":"refunded","refund":60,"postage":10,"note":"退货已签收"}""")]
    [InlineData("""{"outcome":"refunded","refund":59.9,"postage":10,"note":"改了备注"}""")]
    public async Task A_different_settlement_of_a_settled_case_is_a_409_and_changes_nothing(string json)
    {
        var buyer = await _host.BuyerAsync();
        var opened = await _host.OpenAsync(buyer);
        using var first = await _host.SettleAsync(SettlementTestHost.KeyA, opened.Id, Refund);
        await buyer.ReadAsync();

        using var again = await _host.SettleAsync(SettlementTestHost.KeyA, opened.Id, json);

        await AgentApiClient.AssertErrorAsync(again, HttpStatusCode.Conflict, "AlreadySettled");
        Assert.Contains("已经结案", await SaidAsync(again), StringComparison.Ordinal);
        var stored = await _host.Services.GetRequiredService<ICaseStore>().GetAsync(opened.Id);
        Assert.Equal((CaseOutcome.Refunded, 59.9m), (stored!.Outcome, stored.Refund));
        Assert.Equal(string.Empty, await buyer.ReadAsync());
    }

    [Fact]
    public async Task A_case_whose_conversation_another_agent_holds_is_refused_in_chinese_but_a_supervisor_may_settle_it()
    {
        var buyer = await _host.BuyerAsync();
        var opened = await _host.OpenAsync(buyer);
        await buyer.SayAsync("人工客服");
        await _host.Agent(SettlementTestHost.KeyB).SetPresenceAsync("online");
        await _host.Agent(SettlementTestHost.KeyB).ClaimAsync(buyer.Id);

        using var refused = await _host.SettleAsync(SettlementTestHost.KeyA, opened.Id, Refund);
        using var byHolder = await _host.SettleAsync(SettlementTestHost.KeyB, opened.Id, Refund);

        await AgentApiClient.AssertErrorAsync(refused, HttpStatusCode.Forbidden, "Forbidden");
        Assert.Contains("其他客服", await SaidAsync(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, byHolder.StatusCode);

        var other = await _host.OpenAsync(buyer, CaseKind.Compensation);
        using var bySupervisor = await _host.SettleAsync(SettlementTestHost.SupervisorKey, other.Id, """{"outcome":"compensated","compensation":5}""");
        Assert.Equal(SettlementTestHost.SupervisorId, Text(await ReadAsync(bySupervisor, HttpStatusCode.OK), "handler"));
    }

    [Fact]
    public async Task Compensation_above_the_bots_limit_needs_a_supervisor()
    {
        var buyer = await _host.BuyerAsync();
        var atLimit = await _host.OpenAsync(buyer, CaseKind.Compensation);
        var above = await _host.OpenAsync(buyer, CaseKind.Compensation);

        using var agentAtLimit = await _host.SettleAsync(SettlementTestHost.KeyA, atLimit.Id, """{"outcome":"compensated","compensation":10}""");
        using var agentAbove = await _host.SettleAsync(SettlementTestHost.KeyA, above.Id, """{"outcome":"compensated","compensation":10.01}""");
        var stillOpen = await _host.Services.GetRequiredService<ICaseStore>().GetAsync(above.Id);
        using var supervisorAbove = await _host.SettleAsync(SettlementTestHost.SupervisorKey, above.Id, """{"outcome":"compensated","compensation":10.01}""");

        Assert.Equal(HttpStatusCode.OK, agentAtLimit.StatusCode);
        await AgentApiClient.AssertErrorAsync(agentAbove, HttpStatusCode.Forbidden, "Forbidden");
        Assert.Contains("主管", await SaidAsync(agentAbove), StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Open, stillOpen!.Status);
        Assert.Equal(10.01m, (await ReadAsync(supervisorAbove, HttpStatusCode.OK)).GetProperty("compensation").GetDecimal());
        Assert.Contains("补偿10.01元", await buyer.ReadAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sum_above_the_limit_already_on_the_case_needs_a_supervisor_to_pay_it()
    {
        var buyer = await _host.BuyerAsync();
        var store = _host.Services.GetRequiredService<ICaseStore>();
        var above = await store.OpenAsync(new CaseDraft(CaseKind.Compensation, "橙子不酸", buyer.Id, SettlementTestHost.Order) { Description = "杯盖裂了", Compensation = 30m });

        using var byAgent = await _host.SettleAsync(SettlementTestHost.KeyA, above.Id, """{"outcome":"reshipped"}""");

        await AgentApiClient.AssertErrorAsync(byAgent, HttpStatusCode.Forbidden, "Forbidden");
        Assert.Equal(CaseStatus.Open, (await store.GetAsync(above.Id))!.Status);
    }

    [Theory]
    [InlineData("{\"outcome\":\"refunded\",", "BadArgument")]
    [InlineData("""{"outcome":"refunded","refund":-1}""", "'refund'")]
    [InlineData("""{"outcome":"refunded","refund":59.9,"postage":-0.01}""", "'postage'")]
    [InlineData("""{"outcome":"refunded","refund":12.345}""", "两位小数")]
    [InlineData("""{"outcome":"refunded","refund":"59.9"}""", "BadArgument")]
    [InlineData("""{"outcome":"refund","refund":59.9}""", "'outcome'")]
    [InlineData("""{"refund":59.9}""", "'outcome'")]
    [InlineData("""{"outcome":"refunded","refund":0}""", "大于 0")]
    [InlineData("""{"outcome":"rejected","refund":5,"note":"不符合"}""", "驳回")]
    [InlineData("""{"outcome":"rejected"}""", "'note'")]
    [InlineData("""{"outcome":"refunded","refund":5,"trackingNumber":"SF1234567890"}""", "'trackingNumber'")]
    [InlineData("""{"outcome":"reshipped","trackingNumber":"SF 123"}""", "'trackingNumber'")]
    public async Task Bad_input_is_a_400_that_says_what_is_wrong_and_leaves_the_case_open(string json, string said)
    {
        var buyer = await _host.BuyerAsync();
        var opened = await _host.OpenAsync(buyer);

        using var response = await _host.SettleAsync(SettlementTestHost.KeyA, opened.Id, json);

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
        Assert.Contains(said, await SaidAsync(response), StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Open, (await _host.Services.GetRequiredService<ICaseStore>().GetAsync(opened.Id))!.Status);
        Assert.Equal(string.Empty, await buyer.ReadAsync());
    }

    [Fact]
    public async Task An_unknown_case_is_a_404_in_chinese_and_a_note_that_moves_no_money_is_a_409()
    {
        var buyer = await _host.BuyerAsync();
        var hurry = await _host.OpenAsync(buyer, CaseKind.HurryNote);

        using var unknown = await _host.SettleAsync(SettlementTestHost.KeyA, "AS20261122-99999", Refund);
        using var note = await _host.SettleAsync(SettlementTestHost.KeyA, hurry.Id, Refund);

        await AgentApiClient.AssertErrorAsync(unknown, HttpStatusCode.NotFound, "NotFound");
        Assert.Contains("没有这个工单", await SaidAsync(unknown), StringComparison.Ordinal);
        await AgentApiClient.AssertErrorAsync(note, HttpStatusCode.Conflict, "NotAfterSales");
    }

    [Fact]
    public async Task A_quality_report_with_no_remedy_chosen_is_settled_with_the_one_agreed_and_listed_in_the_register()
    {
        var buyer = await _host.BuyerAsync();
        var report = await _host.OpenAsync(buyer, CaseKind.QualityReport);

        using var response = await _host.SettleAsync(SettlementTestHost.KeyA, report.Id, """{"outcome":"refunded","refund":25,"note":"与买家商定退一半"}""");
        var body = await ReadAsync(response, HttpStatusCode.OK);

        Assert.Equal(("quality_report", "refunded", 25m), (Text(body, "kind"), Text(body, "outcome"), body.GetProperty("refund").GetDecimal()));
        Assert.Contains("退款25.00元", await buyer.ReadAsync(), StringComparison.Ordinal);
        var stored = await _host.Services.GetRequiredService<ICaseStore>().GetAsync(report.Id);
        var date = ShanghaiTime.DateOf(stored!.ResolvedAt!.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lines = await RegisterEndpointTests.DownloadAsync(_host.Host.CreateClient(), date, SettlementTestHost.KeyA);
        Assert.Equal($"{date},=\"{SettlementTestHost.Order}\",质量问题反馈,0.00,25.00,0.00,{SettlementTestHost.AgentA},{report.Id},已处理,已退款", Assert.Single(lines, l => l.Contains(report.Id, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_reshipment_with_a_tracking_number_tells_the_buyer_the_number()
    {
        var buyer = await _host.BuyerAsync();
        var opened = await _host.OpenAsync(buyer, CaseKind.Reship);

        using var response = await _host.SettleAsync(SettlementTestHost.KeyA, opened.Id, """{"outcome":"reshipped","trackingNumber":"SF1234567890","note":"补发杯盖"}""");

        Assert.Equal("SF1234567890", Text(await ReadAsync(response, HttpStatusCode.OK), "trackingNumber"));
        Assert.Contains("运单号SF1234567890", await buyer.ReadAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("settle-agent-key-alpha-012345678", HttpStatusCode.Unauthorized)]
    [InlineData(SettlementTestHost.TrainerKey, HttpStatusCode.Forbidden)]
    public async Task Without_an_agent_or_supervisor_key_nothing_is_settled(string? key, HttpStatusCode status)
    {
        var buyer = await _host.BuyerAsync();
        var opened = await _host.OpenAsync(buyer);

        using var response = await _host.Agent(key).SendAsync(HttpMethod.Post, $"cases/{opened.Id}/resolve", Refund);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(CaseStatus.Open, (await _host.Services.GetRequiredService<ICaseStore>().GetAsync(opened.Id))!.Status);
    }

    public void Dispose() => _host.Dispose();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The error's code and message, as an agent reads them (the JSON escapes Chinese).</summary>
    private static async Task<string> SaidAsync(HttpResponseMessage response)
    {
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        return error.GetProperty("code").GetString() + " " + error.GetProperty("message").GetString();
    }

    private static string? Text(JsonElement body, string name) => body.GetProperty(name).GetString();
}

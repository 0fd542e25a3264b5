using System.Net;
using System.Text;
using System.Text.Json;
using ShopBot.Bot.Tests.AfterSales;
using ShopBot.Handoff.Agents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Bot.Tests.Reports;

/// <summary><c>/api/reports</c> on the shipped host: who may read it, what a bad range gets, and today's figures from real conversations.</summary>
public sealed class ReportApiTests : IDisposable
{
    private readonly ReportsTestHost _host = new();

    private static string Today => ShanghaiTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-a-key-of-this-shop-0123456789", HttpStatusCode.Unauthorized)]
    [InlineData(ReportsTestHost.AgentKey, HttpStatusCode.Forbidden)]
    [InlineData(ReportsTestHost.TrainerKey, HttpStatusCode.Forbidden)]
    [InlineData(ReportsTestHost.SupervisorKey, HttpStatusCode.OK)]
    public async Task Only_a_supervisor_key_reads_the_summary_and_the_csv(string? key, HttpStatusCode expected)
    {
        using var client = _host.WithKey(key);

        using var summary = await client.GetAsync($"api/reports/summary?from={Today}&to={Today}");
        using var csv = await client.GetAsync($"api/reports/summary.csv?from={Today}&to={Today}");

        Assert.Equal((expected, expected), (summary.StatusCode, csv.StatusCode));
    }

    [Theory]
    [InlineData("", "开始日期 from 和结束日期 to")]
    [InlineData("?from=2026-11-01", "开始日期 from 和结束日期 to")]
    [InlineData("?from=2026-13-01&to=2026-11-30", "开始日期 from 不是有效日期")]
    [InlineData("?from=2026-02-30&to=2026-03-01", "开始日期 from 不是有效日期")]
    [InlineData("?from=2026-11-01&to=20261130", "结束日期 to 不是有效日期")]
    [InlineData("?from=2026-11-30&to=2026-11-01", "早于开始日期")]
    [InlineData("?from=2024-01-01&to=2026-11-30", "一次最多统计 366 天")]
    public async Task A_bad_range_gets_a_400_that_says_what_to_change(string query, string says)
    {
        using var client = _host.WithKey(ReportsTestHost.SupervisorKey);

        foreach (var path in new[] { "api/reports/summary", "api/reports/summary.csv" })
        {
            using var response = await client.GetAsync(path + query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
            Assert.Equal("BadArgument", error.GetProperty("code").GetString());
            Assert.Contains(says, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Todays_summary_counts_the_real_conversations_and_the_csv_has_the_same_figures()
    {
        var handed = await BuyerConversation.StartAsync(_host.DirectLine(), "橙子不酸");
        await handed.SayAsync("人工客服");
        await _host.Desk.SetPresenceAsync(ReportsTestHost.AgentId, AgentPresence.Online);
        await _host.Desk.ClaimAsync(ReportsTestHost.AgentId, handed.Id);
        await _host.Desk.CloseAsync(ReportsTestHost.AgentId, handed.Id, "answered");
        await handed.SayAsync("4");
        var left = await BuyerConversation.StartAsync(_host.DirectLine(), "一只小兔叽");
        await left.SayAsync("转人工");
        await left.SayAsync("算了");
        var chatting = await BuyerConversation.StartAsync(_host.DirectLine(), "momo_2019");
        await chatting.SayAsync("四件套有问题");
        using var client = _host.WithKey(ReportsTestHost.SupervisorKey);

        using var response = await client.GetAsync($"api/reports/summary?from={Today}&to={Today}");

        response.EnsureSuccessStatusCode();
        var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(3, summary.GetProperty("conversations").GetInt32());
        Assert.Equal((0, 1, 1, 0, 1), (
            summary.GetProperty("resolvedByBot").GetInt32(), summary.GetProperty("handedOff").GetInt32(), summary.GetProperty("abandoned").GetInt32(),
            summary.GetProperty("unresolved").GetInt32(), summary.GetProperty("open").GetInt32()));
        Assert.Equal(2, summary.GetProperty("handoffReasons").GetProperty("buyer_asked").GetInt32());
        Assert.Equal(4.0, summary.GetProperty("csat").GetProperty("average").GetDouble());
        Assert.Equal(1, summary.GetProperty("csat").GetProperty("count").GetInt32());
        Assert.Equal(2, summary.GetProperty("intents").GetProperty("human").GetInt32());
        Assert.Equal(1, summary.GetProperty("intents").GetProperty("quality_return").GetInt32());
        Assert.Equal(1, summary.GetProperty("queueWait").GetProperty("count").GetInt32());
        var agent = Assert.Single(summary.GetProperty("agents").EnumerateArray().ToList());
        Assert.Equal((ReportsTestHost.AgentId, ReportsTestHost.AgentName, 1), (agent.GetProperty("agentId").GetString(), agent.GetProperty("name").GetString(), agent.GetProperty("chats").GetInt32()));
        Assert.Equal(Today, Assert.Single(summary.GetProperty("days").EnumerateArray().ToList()).GetProperty("date").GetString());

        using var csv = await client.GetAsync($"api/reports/summary.csv?from={Today}&to={Today}");
        csv.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["日期,会话数,机器人解决,转人工,排队放弃,未解决,进行中,机器人回合", $"{Today},3,0,1,1,0,1,3", "合计,3,0,1,1,0,1,3"], lines);
    }

    public void Dispose() => _host.Dispose();
}

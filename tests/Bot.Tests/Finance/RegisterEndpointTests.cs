using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Tests.AfterSales;
using ShopBot.Bot.Tests.Agents;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Bot.Tests.Finance;

/// <summary><c>GET /api/agent/register?date=</c> on the host as shipped: the cases a real chat opened, as finance's CSV.</summary>
public sealed class RegisterEndpointTests : IDisposable
{
    internal const string Key = "test-finance-agent-key-0123456789";

    private readonly AfterSalesHost _host = new(Settings());

    [Fact]
    public async Task A_refund_opened_in_a_chat_is_in_that_days_register_and_its_resolution_shows_at_once()
    {
        var buyer = await BuyerConversation.StartAsync(_host.DirectLine(), "阿福的杂货铺");
        await buyer.SayAsync("还没发货的话帮我取消订单吧");
        await buyer.SayAsync("不想要了");
        await buyer.SayAsync("还是要退款");
        var cases = _host.Services.GetRequiredService<ICaseStore>();
        var refund = Assert.Single(await cases.ListAsync(new CaseQuery { BuyerId = "阿福的杂货铺", Kind = CaseKind.RefundRequest }));
        var date = ShanghaiTime.DateOf(refund.CreatedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var open = await DownloadAsync(_host.CreateClient(), date);
        await cases.ResolveAsync(refund.Id, new CaseResolution("小柚", Postage: 0m, Refund: 59.9m));
        var resolved = await DownloadAsync(_host.CreateClient(), date);

        Assert.Equal([
            "日期,订单号,售后类型,运费,退款,补偿,处理人,工单号,状态,处理结果",
            // While it is open the refund is what the buyer paid for the order (199.60 in the sample export).
            $"{date},=\"{refund.OrderNumber}\",未发货退款,0.00,199.60,0.00,bot,{refund.Id},处理中,",
            "合计,,,0.00,199.60,0.00,,,,",
        ], open);
        Assert.Equal($"{date},=\"{refund.OrderNumber}\",未发货退款,0.00,59.90,0.00,小柚,{refund.Id},已处理,", resolved[1]);
        Assert.Equal("合计,,,0.00,59.90,0.00,,,,", resolved[^1]);
    }

    [Fact]
    public async Task A_day_without_cases_is_the_header_and_a_zero_total()
    {
        var lines = await DownloadAsync(_host.CreateClient(), "2019-01-01");

        Assert.Equal(["日期,订单号,售后类型,运费,退款,补偿,处理人,工单号,状态,处理结果", "合计,,,0.00,0.00,0.00,,,,"], lines);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-that-is-long-enough-000")]
    [InlineData(AfterSalesHostSecret)]
    public async Task Without_an_agent_key_the_register_is_refused(string? key)
    {
        using var response = await new AgentApiClient(_host.CreateClient(), key).SendAsync(HttpMethod.Get, "register?date=2026-11-22");

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.NotEqual("text/csv", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("register")]
    [InlineData("register?date=")]
    [InlineData("register?date=2026-13-01")]
    [InlineData("register?date=2026-02-30")]
    [InlineData("register?date=20261122")]
    [InlineData("register?date=22/11/2026")]
    [InlineData("register?date=2026-11-22&date=2026-11-23")]
    [InlineData("register?date=2026-11-22T00:00")]
    public async Task A_missing_or_malformed_date_is_a_400_naming_the_format(string path)
    {
        using var response = await new AgentApiClient(_host.CreateClient(), Key).SendAsync(HttpMethod.Get, path);

        await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
        Assert.Contains("YYYY-MM-DD", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1999-12-31")]
    [InlineData("2100-01-01")]
    [InlineData("9999-12-31")]
    public async Task A_date_outside_the_sane_range_is_a_400_in_chinese_and_english(string date)
    {
        using var response = await new AgentApiClient(_host.CreateClient(), Key).SendAsync(HttpMethod.Get, $"register?date={date}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await AgentApiClient.ErrorAsync(response)).GetProperty("error");
        Assert.Equal("BadArgument", error.GetProperty("code").GetString());
        var message = error.GetProperty("message").GetString();
        Assert.Contains("日期超出范围", message, StringComparison.Ordinal);
        Assert.Contains("The date must be between 2000-01-01 and 2099-12-31", message, StringComparison.Ordinal);
    }

    public void Dispose() => _host.Dispose();

    /// <summary>The Direct Line secret of <see cref="AfterSalesHost"/>: a buyer-side credential, not an agent key.</summary>
    private const string AfterSalesHostSecret = Channels.TestHost.Secret;

    internal static Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Consoles:Agents:0:Key"] = Key,
            ["Consoles:Agents:0:AgentId"] = "finance-test",
            ["Consoles:Agents:0:Name"] = "财务测试",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Downloads the register as finance would and checks it is a UTF-8 CSV attachment; returns its lines.</summary>
    internal static async Task<string[]> DownloadAsync(HttpClient http, string date, string key = Key)
    {
        using var response = await new AgentApiClient(http, key).SendAsync(HttpMethod.Get, $"register?date={date}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"register-{date}.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        return text[..^2].Split("\r\n");
    }
}

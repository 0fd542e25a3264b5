using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ShopBot.TestSupport.Logistics;

/// <summary>
/// A local Kuaidi100 real-time query server on 127.0.0.1 (a free port), speaking its wire format: a form POST of
/// <c>customer</c>, <c>sign</c> and <c>param</c> to <c>/poll/query.do</c>; the signature is checked (upper-case MD5 of
/// param + key + customer), SF without a phone is refused as Kuaidi100 does, and each number answers what the test
/// scripted: a trace in any state, a refusal with its <c>returnCode</c>, an HTTP error or a slow answer.
/// </summary>
public sealed class Kuaidi100Stub : IAsyncDisposable
{
    public const string Customer = "TESTCUSTOMER0001";
    public const string Key = "testkey123";
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Scripted> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<StubQuery> _queries = new();

    private Kuaidi100Stub(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = string.Empty;

    /// <summary>Every query that reached the stub, signed correctly or not.</summary>
    public IReadOnlyList<StubQuery> Queries => [.. _queries];

    public static async Task<Kuaidi100Stub> StartAsync()
    {
        var (stub, address) = await LocalStubServer.StartAsync(app => new Kuaidi100Stub(app), "/poll/query.do", s => s.HandleAsync);
        stub.Endpoint = $"{address}/poll/query.do";
        return stub;
    }

    /// <summary>The settings that point the bot at this stub.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        // A loaded test machine must not pass for a slow provider: the shipped 3 s limit is tested on its own, at 0.5 s.
        ["Logistics:Timeout"] = "00:00:30",
        ["Logistics:Kuaidi100:Endpoint"] = Endpoint,
        ["Logistics:Kuaidi100:Customer"] = Customer,
        ["Logistics:Kuaidi100:Key"] = Key,
    };

    /// <summary>The number answers a trace: Kuaidi100 state code (0 在途, 1 揽收, 2 疑难, 3 签收, 4 退签, 5 派件, 6 退回, 14 拒签) and scans in any order.</summary>
    public void Trace(string number, string state, params StubScan[] scans) => _answers[number] = new Scripted(state, scans, null, null, 200, TimeSpan.Zero);

    /// <summary>The number is refused, e.g. 500 查询无结果, 400 找不到对应公司, 601 key expired.</summary>
    public void Refuse(string number, string returnCode, string message) => _answers[number] = new Scripted(null, [], returnCode, message, 200, TimeSpan.Zero);

    /// <summary>The number answers a bare HTTP status (a gateway error).</summary>
    public void HttpError(string number, int status) => _answers[number] = new Scripted(null, [], null, null, status, TimeSpan.Zero);

    /// <summary>The number's answer comes only after <paramref name="delay"/>.</summary>
    public void Slow(string number, TimeSpan delay)
    {
        var current = _answers.GetValueOrDefault(number) ?? new Scripted("0", [], null, null, 200, TimeSpan.Zero);
        _answers[number] = current with { Delay = delay };
    }

    public static string Sign(string param) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(param + Key + Customer)));

    private async Task HandleAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var customer = form["customer"].ToString();
        var sign = form["sign"].ToString();
        var param = form["param"].ToString();
        var query = JsonNode.Parse(param.Length > 0 ? param : "{}")!.AsObject();
        var number = query["num"]?.GetValue<string>() ?? string.Empty;
        var company = query["com"]?.GetValue<string>() ?? string.Empty;
        var phone = query["phone"]?.GetValue<string>();
        var signedRight = customer == Customer && string.Equals(sign, Sign(param), StringComparison.Ordinal);
        _queries.Enqueue(new StubQuery(company, number, phone, signedRight, http.Request.ContentType ?? string.Empty));
        if (!signedRight)
        {
            await Refusal(http, "503", "验证签名失败");
            return;
        }

        if (company.Length == 0 || number.Length < 6)
        {
            await Refusal(http, "400", "找不到对应公司");
            return;
        }

        if (company == "shunfeng" && string.IsNullOrEmpty(phone))
        {
            await Refusal(http, "408", "快递公司参数异常：验证码错误");
            return;
        }

        if (!_answers.TryGetValue(number, out var scripted))
        {
            await Refusal(http, "500", "查询无结果，请隔段时间再查");
            return;
        }

        if (scripted.Delay > TimeSpan.Zero)
        {
            await Task.Delay(scripted.Delay, http.RequestAborted);
        }

        if (scripted.Status != 200)
        {
            http.Response.StatusCode = scripted.Status;
            return;
        }

        if (scripted.ReturnCode is { } code)
        {
            await Refusal(http, code, scripted.Message ?? string.Empty);
            return;
        }

        await Write(http, TraceJson(company, number, scripted.State!, scripted.Scans));
    }

    private static string TraceJson(string company, string number, string state, IReadOnlyList<StubScan> scans)
    {
        var data = new JsonArray();
        foreach (var scan in scans.OrderByDescending(s => s.Time))
        {
            var time = scan.Time.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            data.Add(new JsonObject
            {
                ["time"] = time,
                ["ftime"] = time,
                ["context"] = scan.Context,
                ["location"] = scan.Location ?? string.Empty,
                ["areaCode"] = null,
                ["areaName"] = scan.AreaName,
                ["status"] = null,
            });
        }

        return new JsonObject
        {
            ["message"] = "ok",
            ["nu"] = number,
            ["ischeck"] = state == "3" ? "1" : "0",
            ["condition"] = "F00",
            ["com"] = company,
            ["status"] = "200",
            ["state"] = state,
            ["data"] = data,
        }.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static Task Refusal(HttpContext http, string returnCode, string message) =>
        Write(http, new JsonObject { ["result"] = false, ["returnCode"] = returnCode, ["message"] = message }.ToJsonString());

    private static Task Write(HttpContext http, string json)
    {
        http.Response.ContentType = "application/json;charset=UTF-8";
        return http.Response.WriteAsync(json, http.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record Scripted(string? State, IReadOnlyList<StubScan> Scans, string? ReturnCode, string? Message, int Status, TimeSpan Delay);
}

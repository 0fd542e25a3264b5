using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ShopBot.Knowledge.Orders.Sync;

namespace ShopBot.TestSupport.Orders;

/// <summary>
/// A local Taobao Open Platform gateway on 127.0.0.1 answering <c>taobao.trades.sold.increment.get</c> in TOP's JSON:
/// the signature (md5, hmac or hmac-sha256 over the sorted parameters) and the session are checked, trades are those
/// whose <c>modified</c> falls in the window, newest first, paged by <c>page_no</c>/<c>page_size</c> with
/// <c>total_results</c>; a test can make a page fail once with an <c>error_response</c> (e.g. code 7, App Call Limited).
/// </summary>
public sealed class TopStub : IAsyncDisposable
{
    public const string AppKey = "12345678";
    public const string AppSecret = "stubsecret0123456789";
    public const string Session = "6100stubsession";
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, JsonObject> _trades = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, (int Code, string SubCode, string Message)> _failOnce = new();
    private readonly ConcurrentQueue<string> _calls = new();

    private TopStub(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = string.Empty;

    /// <summary>Every call as "page N: ok", "page N: error 7" or "bad sign".</summary>
    public IReadOnlyList<string> Calls => [.. _calls];

    public static async Task<TopStub> StartAsync()
    {
        var (stub, address) = await LocalStubServer.StartAsync(app => new TopStub(app), "/router/rest", s => s.HandleAsync);
        stub.Endpoint = $"{address}/router/rest";
        return stub;
    }

    public Dictionary<string, string?> Settings(string signMethod = "hmac") => new()
    {
        ["Orders:Taobao:Endpoint"] = Endpoint,
        ["Orders:Taobao:AppKey"] = AppKey,
        ["Orders:Taobao:AppSecret"] = AppSecret,
        ["Orders:Taobao:SessionKey"] = Session,
        ["Orders:Taobao:SignMethod"] = signMethod,
    };

    /// <summary>Adds or replaces a trade (by tid) as TOP would hold it after a change.</summary>
    public void Put(JsonObject trade) => _trades[trade["tid_str"]!.GetValue<string>()] = trade;

    public void FailOnce(int page, int code, string subCode, string message) => _failOnce[page] = (code, subCode, message);

    /// <summary>A trade in TOP's JSON with one sub-order.</summary>
    public static JsonObject Trade(string tid, string buyer, string status, DateTimeOffset modified, string refundStatus = "NO_REFUND",
        string? carrier = null, string? trackingNumber = null, DateTimeOffset? consigned = null) => new()
    {
        ["tid"] = long.Parse(tid, CultureInfo.InvariantCulture),
        ["tid_str"] = tid,
        ["status"] = status,
        ["buyer_nick"] = buyer,
        ["payment"] = "118.00",
        ["total_fee"] = "118.00",
        ["created"] = Local(modified.AddDays(-2)),
        ["pay_time"] = Local(modified.AddDays(-2).AddMinutes(1)),
        ["consign_time"] = consigned is { } c ? Local(c) : null,
        ["modified"] = Local(modified),
        ["receiver_name"] = "林莉",
        ["receiver_state"] = "浙江省",
        ["receiver_city"] = "杭州市",
        ["receiver_district"] = "西湖区",
        ["receiver_address"] = "文三路 88号",
        ["receiver_mobile"] = "13800001111",
        ["buyer_message"] = "请尽快发货",
        ["seller_memo"] = null,
        ["orders"] = new JsonObject
        {
            ["order"] = new JsonArray(new JsonObject
            {
                ["oid"] = long.Parse(tid, CultureInfo.InvariantCulture) + 1,
                ["title"] = "纯棉圆领短袖T恤 男款 白色 XL",
                ["num"] = 2,
                ["refund_status"] = refundStatus,
                ["logistics_company"] = carrier,
                ["invoice_no"] = trackingNumber,
            }),
        },
    };

    public static string Local(DateTimeOffset time) => time.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private async Task HandleAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var parameters = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var signMethod = parameters.GetValueOrDefault("sign_method") ?? "md5";
        if (parameters.GetValueOrDefault("app_key") != AppKey
            || parameters.GetValueOrDefault("sign") != TopSignature.Sign(parameters, AppSecret, signMethod))
        {
            _calls.Enqueue("bad sign");
            await Error(http, 25, "isv.invalid-signature", "Invalid signature");
            return;
        }

        if (parameters.GetValueOrDefault("session") != Session)
        {
            _calls.Enqueue("bad session");
            await Error(http, 27, "invalid-sessionkey", "Invalid session");
            return;
        }

        var page = int.Parse(parameters["page_no"], CultureInfo.InvariantCulture);
        var size = int.Parse(parameters["page_size"], CultureInfo.InvariantCulture);
        if (_failOnce.TryRemove(page, out var failure))
        {
            _calls.Enqueue($"page {page}: error {failure.Code}");
            await Error(http, failure.Code, failure.SubCode, failure.Message);
            return;
        }

        var start = parameters["start_modified"];
        var end = parameters["end_modified"];
        var matching = _trades.Values
            .Where(t => string.CompareOrdinal(t["modified"]!.GetValue<string>(), start) >= 0 && string.CompareOrdinal(t["modified"]!.GetValue<string>(), end) <= 0)
            .OrderByDescending(t => t["modified"]!.GetValue<string>(), StringComparer.Ordinal)
            .ToList();
        var trades = new JsonArray([.. matching.Skip((page - 1) * size).Take(size).Select(t => t.DeepClone())]);
        _calls.Enqueue($"page {page}: ok");
        http.Response.ContentType = "application/json;charset=UTF-8";
        await http.Response.WriteAsync(new JsonObject
        {
            ["trades_sold_increment_get_response"] = new JsonObject
            {
                ["total_results"] = matching.Count,
                ["has_next"] = page * size < matching.Count,
                ["trades"] = new JsonObject { ["trade"] = trades },
                ["request_id"] = Guid.NewGuid().ToString("N")[..12],
            },
        }.ToJsonString(), http.RequestAborted);
    }

    private static Task Error(HttpContext http, int code, string subCode, string message)
    {
        http.Response.ContentType = "application/json;charset=UTF-8";
        return http.Response.WriteAsync(new JsonObject
        {
            ["error_response"] = new JsonObject
            {
                ["code"] = code,
                ["msg"] = message,
                ["sub_code"] = subCode,
                ["sub_msg"] = message,
                ["request_id"] = Guid.NewGuid().ToString("N")[..12],
            },
        }.ToJsonString(), http.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Logistics;

/// <summary>
/// Reads Kuaidi100's JSON answer. A trace: <c>{"message":"ok","status":"200","state":"0","com":…,"nu":…,
/// "data":[{"time":"2026-11-21 14:30:00","context":…,"location":…,"areaName":…}]}</c>, newest scan first, times in
/// China time; numbers may come as strings or numbers. A refusal: <c>{"result":false,"returnCode":"503",
/// "message":"验证签名失败"}</c>.
/// </summary>
public sealed partial record Kuaidi100Answer(Kuaidi100Outcome Outcome, LogisticsTrace? Trace, string? ReturnCode, string? Message)
{
    private const string NoRecordCode = "500";

    public static Kuaidi100Answer Read(string json, string companyCode, string trackingNumber)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new(Kuaidi100Outcome.Refused, null, null, "not a JSON object");
            }

            var message = Text(root, "message");
            var returnCode = Text(root, "returnCode");
            var refused = root.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.False;
            if (refused || (returnCode is not null && returnCode != "200"))
            {
                var outcome = returnCode == NoRecordCode ? Kuaidi100Outcome.NoRecord : Kuaidi100Outcome.Refused;
                return new(outcome, null, returnCode ?? "none", message);
            }

            if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array || data.GetArrayLength() == 0)
            {
                return new(Kuaidi100Outcome.NoRecord, null, returnCode, message);
            }

            var scans = data.EnumerateArray().Select(Scan).OfType<TraceScan>().OrderByDescending(s => s.Time).ToList();
            if (scans.Count == 0)
            {
                return new(Kuaidi100Outcome.Refused, null, returnCode, "no readable scan");
            }

            var state = StateOf(Text(root, "state"));
            return new(Kuaidi100Outcome.Trace, new LogisticsTrace(Text(root, "com") ?? companyCode, Text(root, "nu") ?? trackingNumber, state, scans), null, message);
        }
        catch (JsonException)
        {
            return new(Kuaidi100Outcome.Refused, null, null, "not JSON");
        }
    }

    /// <summary>
    /// The documented states: 0 在途, 1 揽收, 2 疑难, 3 签收, 4 退签, 5 派件, 6 退回, 7 转投, 8 and 10–13 customs, 14 拒签,
    /// and their sub-states (101–103, 1001–1003, 201–2xx, 301–304, 401, 501).
    /// </summary>
    public static TraceState StateOf(string? code) => code switch
    {
        "1" or "101" or "102" or "103" => TraceState.Collected,
        "2" or ['2', _, _] => TraceState.Problem,
        "3" or ['3', _, _] => TraceState.Signed,
        "4" or "401" => TraceState.ReturnedToShop,
        "5" or ['5', _, _] => TraceState.OutForDelivery,
        "6" => TraceState.Returning,
        "14" => TraceState.Refused,
        _ => TraceState.InTransit,
    };

    private static TraceScan? Scan(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || Text(element, "context") is not { Length: > 0 } context
            || (Text(element, "ftime") ?? Text(element, "time")) is not { } time
            || !DateTime.TryParseExact(time, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            return null;
        }

        var place = Text(element, "location") is { Length: > 0 } location ? location
            : Text(element, "areaName") is { Length: > 0 } area ? area.Replace(",", string.Empty, StringComparison.Ordinal)
            : Bracketed().Match(context) is { Success: true } bracket ? bracket.Groups[1].Value
            : null;
        return new TraceScan(ShanghaiTime.FromLocal(wallClock), place, PersonalNumbers.Mask(context.Trim()));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    // "快件已到达【杭州转运中心】": the carrier names the place in brackets when it gives no location.
    [GeneratedRegex("【([^】]{2,30})】")]
    private static partial Regex Bracketed();
}

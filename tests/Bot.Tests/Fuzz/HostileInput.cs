using System.Text;

namespace ShopBot.Bot.Tests.Fuzz;

/// <summary>Hostile bodies, strings, content types and header values, drawn from a seeded <see cref="Random"/>.</summary>
internal sealed class HostileInput(Random random)
{
    private static readonly string[] Fields = ["text", "type", "lines", "reason", "presence", "capacity", "userId", "buyerId", "name", "from", "conversation", "channelData", "value", "attachments", "serviceUrl", "id", "user", "trustedOrigins"];

    /// <summary>JSON string literals (already escaped for JSON) that have broken text handling somewhere.</summary>
    private static readonly string[] JsonStrings =
    [
        "\"\\ud800\"", "\"\\udc00x\"", "\"在吗\\uFFFE\"", "\"\\uFFFF\"", "\"\\uFDD0\\uFDEF\"", "\"\\u202Egnp.exe\"", "\"零\\u200B宽\\u200D字\\uFEFF符\"",
        "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "\"../../../../etc/passwd\"", "\"\\u0000\\u0007\\u001B[2J\"", "\"line\\nINF forged\\r\\n\"",
        "\"人工客服\"", "\"13800001111\"", "\"\"", "\"   \"", "\"message\"", "\"online\"", "\"\\u2028\\u2029\"", "\"𠀋😭\\ud83d\"",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/json; charset=utf-16", "text/plain", "text/yaml",
        "application/xml", "multipart/form-data; boundary=x", "multipart/form-data", "application/x-www-form-urlencoded", "application/json; charset=\"\u00FF\"", "*/*", "",
    ];

    public string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];

    public bool Chance(int percent) => random.Next(100) < percent;

    public string ContentType() => random.Next(2) == 0 ? "application/json" : Pick(ContentTypes);

    /// <summary>A route or query value: mostly hostile, sometimes the real one.</summary>
    public string RouteValue(string real) => random.Next(8) switch
    {
        0 or 1 or 2 => real,
        3 => Uri.EscapeDataString("\uFFFE\u202E" + real),
        4 => new string('a', random.Next(200, 5000)),
        5 => "..%2F..%2Fappsettings.json",
        6 => "%0d%0aX-Injected:%201%E2%80%AE",
        _ => Uri.EscapeDataString("💥<script>" + real),
    };

    public byte[] Body() => random.Next(20) switch
    {
        >= 12 => Encoding.UTF8.GetBytes(NearlyValid()),
        0 => [],
        1 => Encoding.UTF8.GetBytes(new string('[', random.Next(65, 20_000)) + new string(']', random.Next(0, 3))),
        2 => Encoding.UTF8.GetBytes("{\"text\":\"" + new string('长', random.Next(1000, 120_000)) + "\"}"),
        3 => TruncatedJson(),
        4 => [0xFF, 0xFE, 0xC3, 0x28, 0xED, 0xA0, 0x80, (byte)'{', 0x00],
        5 => Encoding.UTF8.GetBytes(random.Next(4) switch { 0 => "null", 1 => "42", 2 => "\"text\"", _ => "[]" }),
        6 => Encoding.UTF8.GetBytes("area: x\nsituations:\n  a: [" + new string('{', 500) + "\n\uFFFE"),
        7 => Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../a.exe\"\r\n\r\n\uFFFE\r\n--x--"),
        _ => Encoding.UTF8.GetBytes(JsonObject(depth: 0)),
    };

    public string HeaderValue() => random.Next(6) switch
    {
        0 => "Bearer " + new string('x', random.Next(1, 9000)),
        1 => "Bearer \u00FF\u00FE",
        2 => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:admin")),
        3 => "Bearer",
        4 => "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.",
        _ => "Bearer ../../..",
    };

    /// <summary>
    /// One shape every JSON endpoint accepts (unknown fields are ignored), with hostile strings where the words go:
    /// these get past the checks and reach the bot, the screen and the classifier.
    /// </summary>
    private string NearlyValid()
    {
        var text = random.Next(3) == 0 ? Pick(JsonStrings) : "\"" + Pick(["在吗", "我的快递到哪了", "人工客服", "退款", "发票抬头"]) + Pick(JsonStrings).Trim('"') + "\"";
        var lines = string.Join(",", Enumerable.Range(0, 6).Select(i => "\"发票问题" + i + Pick(JsonStrings).Trim('"') + "\""));
        return "{\"type\":\"message\",\"text\":" + text + ",\"lines\":[" + lines + "],\"presence\":\"online\",\"capacity\":5,\"reason\":" + Pick(JsonStrings)
            + ",\"userId\":" + Pick(JsonStrings) + ",\"buyerId\":" + Pick(JsonStrings) + ",\"from\":{\"id\":\"u\",\"name\":" + Pick(JsonStrings) + "},\"conversation\":{\"id\":\"c\"}"
            + ",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:9/\",\"channelData\":{\"clientActivityID\":" + Pick(JsonStrings) + "}}";
    }

    private byte[] TruncatedJson()
    {
        var json = JsonObject(depth: 0);
        return Encoding.UTF8.GetBytes(json[..random.Next(1, Math.Max(2, json.Length - 1))]);
    }

    private string JsonObject(int depth)
    {
        var fields = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pick(Fields)).Distinct();
        return "{" + string.Join(",", fields.Select(f => $"\"{f}\":{JsonValue(depth + 1)}")) + "}";
    }

    private string JsonValue(int depth) => random.Next(depth > 3 ? 6 : 9) switch
    {
        0 => "null",
        1 => random.Next(3) switch { 0 => "-1", 1 => "1e309", _ => "99999999999999999999999" },
        2 => random.Next(2) == 0 ? "true" : "false",
        3 or 4 or 5 => Pick(JsonStrings),
        6 => "[" + string.Join(",", Enumerable.Range(0, random.Next(0, 4)).Select(_ => JsonValue(depth + 1))) + "]",
        _ => JsonObject(depth),
    };
}

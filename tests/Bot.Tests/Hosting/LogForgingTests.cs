using System.Globalization;
using Serilog.Events;
using ShopBot.Bot.Hosting;
using ShopBot.Bot.Tests.Channels;

namespace ShopBot.Bot.Tests.Hosting;

/// <summary>What a buyer types cannot start a fake log line or flood the log, whatever property carries it.</summary>
public sealed class LogForgingTests
{
    [Fact]
    public async Task A_newline_in_buyer_text_is_logged_escaped_on_one_line()
    {
        using var host = new TestHost();
        var client = new DirectLineTestClient(host.CreateClient());
        var conversation = await client.GenerateAsync("log-forger");

        using var _ = await client.PostTextAsync(conversation, "在吗\\n[10:00:00 INF] Refund approved for buyer admin\\u2028second");

        var turn = host.Logs.Events.Where(e => Rendered(e).Contains("在吗", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(turn);
        Assert.Contains(turn, e => Rendered(e).Contains("在吗\\n[10:00:00 INF] Refund approved for buyer admin\\u2028second", StringComparison.Ordinal));
        Assert.All(host.Logs.Events, e => Assert.DoesNotMatch("[\r\n\u2028\u2029]", Rendered(e)));
    }

    [Fact]
    public async Task A_200_kb_message_is_logged_cut_in_every_property()
    {
        using var host = new TestHost(new Dictionary<string, string?>
        {
            ["DirectLine:MaxTextLength"] = "100000",
            ["DirectLine:MaxActivityBytes"] = "1048576",
        });
        var client = new DirectLineTestClient(host.CreateClient());
        var conversation = await client.GenerateAsync("log-flooder");
        var text = new string('长', 70_000);

        using var response = await client.PostTextAsync(conversation, text);

        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}");
        var flooded = host.Logs.Events.Where(e => Rendered(e).Contains("长长长", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(flooded);
        Assert.Contains(flooded, e => Rendered(e).Contains($"…({70_000 - LogText.MaxLength} more)", StringComparison.Ordinal));
        Assert.All(host.Logs.Events, e => Assert.True(Rendered(e).Length < 2 * LogText.MaxLength + 500, $"{Rendered(e).Length} characters"));
        Assert.All(host.Logs.Events.SelectMany(e => e.Properties.Values), v => Assert.True(v.ToString().Length < LogText.MaxLength + 50, $"{v.ToString().Length} characters"));
    }

    private static string Rendered(LogEvent logEvent) => logEvent.RenderMessage(CultureInfo.InvariantCulture);
}

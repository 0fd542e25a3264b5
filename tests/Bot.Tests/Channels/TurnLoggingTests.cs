using ShopBot.Knowledge.Text;
using Serilog.Events;

namespace ShopBot.Bot.Tests.Channels;

public sealed class TurnLoggingTests
{
    [Fact]
    public async Task Every_line_of_a_turn_has_one_correlation_id_and_phone_and_address_are_masked_in_the_file_too()
    {
        using var host = new TestHost();
        var client = new DirectLineTestClient(host.CreateClient());
        var conversation = await client.GenerateAsync("log-buyer");

        using var _ = await client.PostTextAsync(conversation, "电话13812345678，地址浙江省杭州市西湖区文三路100号3单元");

        var turn = host.Logs.Events.Where(e => e.Properties.ContainsKey("CorrelationId") && Rendered(e).Contains("电话", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(turn);
        var correlation = Assert.Single(turn.Select(e => e.Properties["CorrelationId"].ToString()).Distinct());
        var lines = host.Logs.Events.Where(e => e.Properties.TryGetValue("CorrelationId", out var id) && id.ToString() == correlation).Select(Rendered).ToList();
        Assert.Contains(lines, l => l.StartsWith("Turn started", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Turn completed", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("12345678", StringComparison.Ordinal) || l.Contains("文三路", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("电话" + PersonalDataMask.Hidden, StringComparison.Ordinal));

        var file = await ReadLogFileAsync(Path.Combine(Directory.GetCurrentDirectory(), "logs"), correlation);
        Assert.Contains("\"@mt\":", file, StringComparison.Ordinal);
        Assert.Contains("电话" + PersonalDataMask.Hidden, file, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", file, StringComparison.Ordinal);
        Assert.DoesNotContain("文三路", file, StringComparison.Ordinal);
    }

    private static string Rendered(LogEvent logEvent) => logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The compact JSON lines of this turn in the rolling file of appsettings.json (relative to the working directory,
    /// shared by every host of the test run), once the file sink has written them.
    /// </summary>
    private static async Task<string> ReadLogFileAsync(string folder, string correlation)
    {
        var id = correlation.Trim('"');
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.clef") : [];
            var text = string.Concat(files.Select(f =>
            {
                using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                return new StreamReader(stream).ReadToEnd();
            }));
            var lines = string.Join('\n', text.Split('\n').Where(l => l.Contains(id, StringComparison.Ordinal)));
            if (lines.Contains("Turn completed", StringComparison.Ordinal))
            {
                return lines;
            }

            await Task.Delay(100);
        }

        var found = Directory.Exists(folder) ? string.Join(", ", Directory.GetFiles(folder, "*", SearchOption.AllDirectories)) : "(no folder)";
        throw new Xunit.Sdk.XunitException($"The turn's lines never reached the log file in {folder}: {found}");
    }
}

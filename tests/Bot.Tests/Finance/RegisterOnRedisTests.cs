using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Records;
using ShopBot.Bot.Storage;
using ShopBot.Bot.Tests.AfterSales;
using ShopBot.Bot.Tests.Cli;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.Finance;

/// <summary>
/// With Redis configured, a case a buyer opened on one host is in the register of every host and of the
/// <c>register</c> verb run as its own process, byte for byte the same CSV.
/// </summary>
public sealed class RegisterOnRedisTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly string _prefix = $"register-test-{Guid.NewGuid():N}";

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await using var connection = await redis.ConnectAsync();
        await RedisServerFixture.DeleteKeysAsync(connection, _prefix);
    }

    [Fact]
    public async Task A_refund_opened_on_one_host_is_in_the_register_of_another_host_and_of_the_register_verb()
    {
        var settings = RegisterEndpointTests.Settings(new()
        {
            ["ConnectionStrings:Redis"] = redis.Endpoint,
            ["Handoff:RedisKeyPrefix"] = _prefix,
        });
        CaseRecord refund;
        using (var chat = new AfterSalesHost(settings))
        {
            Assert.IsType<RedisCaseStore>(Assert.IsType<CaseChangeRecordingStore>(chat.Services.GetRequiredService<ICaseStore>()).Inner);
            var buyer = await BuyerConversation.StartAsync(chat.DirectLine(), "阿福的杂货铺");
            await buyer.SayAsync("还没发货的话帮我取消订单吧");
            await buyer.SayAsync("不想要了");
            await buyer.SayAsync("还是要退款");
            refund = Assert.Single(await chat.Services.GetRequiredService<ICaseStore>().ListAsync(new CaseQuery { BuyerId = "阿福的杂货铺" }));
        }

        var date = ShanghaiTime.DateOf(refund.CreatedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var finance = new AfterSalesHost(settings);
        var lines = await RegisterEndpointTests.DownloadAsync(finance.CreateClient(), date);

        Assert.Equal($"{date},=\"{refund.OrderNumber}\",未发货退款,0.00,199.60,0.00,bot,{refund.Id},处理中,", Assert.Single(lines, l => l.Contains(refund.Id, StringComparison.Ordinal)));

        var folder = Directory.CreateTempSubdirectory("shopbot-register-").FullName;
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["ConnectionStrings__Redis"] = redis.Endpoint,
                ["Handoff__RedisKeyPrefix"] = _prefix,
            };
            var printed = await BotProcess.RunAsync(folder, environment, standardInput: string.Empty, "register", "--date", date);
            var written = await BotProcess.RunAsync(folder, environment, standardInput: string.Empty, "register", "--date", date, "--out", "register.csv");

            Assert.True(printed.ExitCode == 0, printed.Error);
            Assert.Equal(lines, printed.Out.TrimStart('\uFEFF').TrimEnd('\r', '\n').Split("\r\n"));
            Assert.True(written.ExitCode == 0, written.Error);
            var file = await File.ReadAllBytesAsync(Path.Combine(folder, "register.csv"));
            Assert.Equal([0xEF, 0xBB, 0xBF], file.Take(3));
            Assert.Equal(string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(false).GetString(file, 3, file.Length - 3));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

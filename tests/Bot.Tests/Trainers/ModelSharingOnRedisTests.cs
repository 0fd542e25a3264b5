using System.Net;
using ShopBot.TestSupport;

namespace ShopBot.Bot.Tests.Trainers;

/// <summary>Two hosts on one real redis-server: a model promoted or rolled back on one is served by the other.</summary>
[Collection(Hosting.TimedHostsCollection.Name)]
public sealed class ModelSharingOnRedisTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private const string Invented = "咕噜嘀嗒";
    private readonly string _prefix = $"model-sharing-{Guid.NewGuid():N}";

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await using var connection = await redis.ConnectAsync();
        await RedisServerFixture.DeleteKeysAsync(connection, _prefix);
    }

    [Fact]
    public async Task A_model_promoted_on_one_host_is_served_by_the_other_and_so_is_its_rollback()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.Endpoint,
            ["Handoff:RedisKeyPrefix"] = _prefix,
            ["Intents:CrossValidationFolds"] = "2",
        };
        using var one = new TrainerHost(kestrel: false, examplesPerIntent: 12, settings);
        using var two = new TrainerHost(kestrel: false, examplesPerIntent: 12, settings);
        using var first = one.Trainer();
        using var second = two.Trainer();
        Assert.NotEqual("invoice", await PromotionGateTests.TopIntentAsync(second, Invented));
        var invoice = Path.Combine(one.IntentsFolder, "invoice.txt");
        await File.AppendAllLinesAsync(invoice, ["咕噜咕噜嘀嗒", "嘀嗒嘀嗒咕噜", "咕噜嘀嗒呀", "嘀嗒咕噜哟", "咕噜咕噜嘀嗒嘀嗒", "嘀嗒呀咕噜"]);

        // Overridden so that the test is about sharing, whatever the gate makes of the invented words.
        using var retrain = await first.PostAsync("api/trainer/retrain?override=true", null);

        Assert.Equal(HttpStatusCode.OK, retrain.StatusCode);
        var version = (await TrainerHost.ReadJsonAsync(retrain)).GetProperty("model").GetProperty("version").GetString();
        await EventuallyAsync(async () => await ServingAsync(second) == version);
        Assert.Equal("invoice", await PromotionGateTests.TopIntentAsync(second, Invented));

        using var rollback = await first.PostAsync("api/trainer/model/rollback", null);

        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        var restored = (await TrainerHost.ReadJsonAsync(rollback)).GetProperty("current").GetProperty("version").GetString();
        Assert.NotEqual(version, restored);
        await EventuallyAsync(async () => await ServingAsync(second) == restored);
        Assert.NotEqual("invoice", await PromotionGateTests.TopIntentAsync(second, Invented));
        var status = await TrainerHost.ReadJsonAsync(await second.GetAsync("api/trainer/model"));
        Assert.Equal(version, status.GetProperty("previous").GetProperty("version").GetString());
    }

    private static async Task<string?> ServingAsync(HttpClient client)
    {
        var status = await TrainerHost.ReadJsonAsync(await client.GetAsync("api/trainer/model"));
        return status.TryGetProperty("serving", out var serving) ? serving.GetProperty("version").GetString() : null;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The other host did not serve the promoted model within 10 s.");
    }
}

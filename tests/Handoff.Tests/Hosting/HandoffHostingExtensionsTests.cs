using ShopBot.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.InMemory;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Redis;
using ShopBot.Handoff.State;
using ShopBot.Handoff.Tests.Support;
using ShopBot.Handoff.Transcripts;

namespace ShopBot.Handoff.Tests.Hosting;

[Collection(RedisCollection.Name)]
public sealed class HandoffHostingExtensionsTests(RedisServerFixture redis)
{
    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddHandoff();
        return builder.Build();
    }

    [Fact]
    public void Without_a_Redis_connection_string_everything_is_in_memory()
    {
        using var host = Build([]);

        Assert.IsType<InMemoryHandoffStore>(host.Services.GetRequiredService<IHandoffQueue>());
        Assert.IsType<InMemoryTranscriptStore>(host.Services.GetRequiredService<ITranscriptStore>());
        Assert.IsType<InMemoryConversationStateStore>(host.Services.GetRequiredService<IConversationStateStore>());
        Assert.NotNull(host.Services.GetRequiredService<BuyerHandoff>());
        Assert.NotNull(host.Services.GetRequiredService<Desk.AgentDesk>());
    }

    [Fact]
    public async Task With_a_Redis_connection_string_every_store_is_on_Redis_and_works()
    {
        // A first connection on a loaded machine may take longer than the production fail-fast timeout.
        using var host = Build(new() { ["ConnectionStrings:Redis"] = redis.Endpoint, ["Redis:OperationTimeout"] = "00:00:10", ["Handoff:RedisKeyPrefix"] = "hosting-" + Guid.NewGuid().ToString("N") });

        Assert.IsType<RedisHandoffStore>(host.Services.GetRequiredService<IHandoffQueue>());
        Assert.Same(host.Services.GetRequiredService<IHandoffQueue>(), host.Services.GetRequiredService<Agents.IAgentDirectory>());
        Assert.IsType<RedisTranscriptStore>(host.Services.GetRequiredService<ITranscriptStore>());
        Assert.IsType<RedisConversationStateStore>(host.Services.GetRequiredService<IConversationStateStore>());
        var service = host.Services.GetRequiredService<BuyerHandoff>();
        await service.RequestHandoffAsync(HandoffHarness.Request("c1"));
        Assert.Equal(1, (await service.GetStandingAsync("c1"))!.Position);
    }

    [Theory]
    [InlineData("Handoff:BusinessHours:TimeZone", "Mars/Olympus", "TimeZone")]
    [InlineData("Handoff:DefaultCapacity", "0", "DefaultCapacity")]
    [InlineData("Handoff:AgentAnswerTimeout", "00:00:01", "AgentAnswerTimeout")]
    [InlineData("Handoff:BusinessHours:Closes", "09:00", "Opens and Closes")]
    public void A_bad_setting_fails_at_start_up_naming_the_key(string key, string value, string named)
    {
        using var host = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<HandoffOptions>>().Value);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_Redis_unreachable_a_call_fails_at_once_with_a_connection_error_instead_of_waiting_for_a_timeout()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var host = Build(new() { ["ConnectionStrings:Redis"] = "127.0.0.1:" + closedPort, ["Redis:OperationTimeout"] = "00:00:01" });
        var queue = host.Services.GetRequiredService<IHandoffQueue>();

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAsync<StackExchange.Redis.RedisConnectionException>(() => queue.ListQueueAsync());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"The call took {watch.ElapsedMilliseconds} ms.");
    }

    [Fact]
    public void A_Redis_operation_timeout_out_of_range_fails_at_start_up_naming_the_key()
    {
        using var host = Build(new() { ["ConnectionStrings:Redis"] = redis.Endpoint, ["Redis:OperationTimeout"] = "00:05:00" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<RedisOptions>>().Value);
        Assert.Contains("OperationTimeout", error.Message, StringComparison.Ordinal);
    }
}

using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.AfterSales;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Tests.Agents;
using ShopBot.Bot.Turns;
using ShopBot.TestSupport.Logistics;
using TurnMiddleware = ShopBot.Bot.Turns.IMiddleware;

namespace ShopBot.Bot.Tests.Channels;

/// <summary>
/// The one channel adapter: whatever leaves for the buyer (the bot's replies, queue notices, an agent's reply, a
/// follow-up) runs through the same middleware, once, and reaches the buyer's Direct Line stream in the same order.
/// The shipped bot, the agent API and Kuaidi100 at a local stub; a recording middleware registered like any other.
/// </summary>
public sealed class ChannelAdapterTests : IAsyncLifetime
{
    private const string Buyer = "一只小兔叽";
    private const string Parcel = "SF1428566013728";
    private const string BotId = "shopbot";
    private const string AgentReply = "亲，我是测试客服甲，这就帮您查一下包裹";

    private Kuaidi100Stub _stub = null!;
    private AdapterHost _host = null!;

    public async Task InitializeAsync()
    {
        _stub = await Kuaidi100Stub.StartAsync();
        _host = new AdapterHost(_stub.Settings());
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _stub.DisposeAsync();
    }

    [Fact]
    public async Task Bot_reply_queue_notice_agent_reply_and_follow_up_each_pass_the_middleware_once_in_order_and_reach_the_stream()
    {
        var now = DateTimeOffset.UtcNow;
        _stub.Trace(Parcel, "0", new StubScan(now.AddHours(-60), "快件到达【北京顺义集散中心】", "北京市"));
        var client = new DirectLineTestClient(_host.CreateClient());
        var conversation = await StartAsync(client, await client.GenerateAsync(Buyer));
        using var socket = await _host.Server.CreateWebSocketClient().ConnectAsync(new Uri(conversation.StreamUrl!), CancellationToken.None);
        var streamed = new DirectLineStreamReader(socket).UntilAsync(a => a.Text?.Contains("望京西路丰巢柜", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(60));
        var agent = new AgentApiClient(_host.CreateClient(), AdapterHost.AgentKey);
        await agent.SetPresenceAsync("online");

        using (var asked = await client.PostTextAsync(conversation, "我的快递到哪了"))
        {
            asked.EnsureSuccessStatusCode();
        }

        using (var handoff = await client.PostTextAsync(conversation, "人工客服"))
        {
            handoff.EnsureSuccessStatusCode();
        }

        await agent.ClaimAsync(conversation.ConversationId);
        using (var replied = await agent.ReplyAsync(conversation.ConversationId, AgentReply))
        {
            replied.EnsureSuccessStatusCode();
        }

        _stub.Trace(Parcel, "3",
            new StubScan(now.AddHours(-60), "快件到达【北京顺义集散中心】", "北京市"),
            new StubScan(now.AddMinutes(-10), "快件已放入丰巢智能快递柜，凭取件码取件", "北京市朝阳区望京西路丰巢柜"));
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.Equal(1, await _host.Services.GetRequiredService<ParcelFollowUp>().RunOnceAsync());
        var reached = (await streamed).Where(a => a.Type == ActivityTypes.Message && a.From?.Id != Buyer).ToList();

        var passed = _host.Recorder.Sent.Where(s => s.Type == ActivityTypes.Message).ToList();
        Assert.Equal(passed.Count, passed.Select(s => s.Id).Distinct().Count());
        Assert.Equal(passed.Select(s => s.Id), reached.Select(a => a.Id));
        Assert.Equal(passed.Select(s => s.Text), reached.Select(a => a.Text));
        var botReply = passed.FindIndex(s => !s.Continuation && s.Text!.Contains("抱歉", StringComparison.Ordinal));
        var queueNotice = passed.FindIndex(s => s.Continuation && s.FromId == BotId && s.Text!.Contains('位'));
        var agentJoined = passed.FindIndex(s => s.Continuation && s.FromId == BotId && s.Text!.Contains("测试客服甲", StringComparison.Ordinal));
        var agentReply = passed.FindIndex(s => s.Continuation && s.FromId == "agent:" + AdapterHost.AgentId && s.Text == AgentReply);
        var followUp = passed.FindIndex(s => s.Continuation && s.FromId == BotId && s.Text!.Contains("望京西路丰巢柜", StringComparison.Ordinal));
        Assert.True(botReply >= 0 && botReply < queueNotice && queueNotice < agentJoined && agentJoined < agentReply && agentReply < followUp,
            string.Join("\n", passed.Select(s => $"{s.Continuation} {s.FromId} {s.Text}")));
        Assert.Equal(followUp, passed.Count - 1);
        Assert.Single(passed, s => s.Text == AgentReply);
    }

    private static async Task<Conversation> StartAsync(DirectLineTestClient client, Conversation generated)
    {
        using var response = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", generated.Token);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BotJsonContext.Default.Conversation))!;
    }

    /// <summary>One outgoing activity as the last middleware saw it, with the id the adapter gave it.</summary>
    private sealed record SentActivity(bool Continuation, string? Type, string? FromId, string? Text, string Id);

    /// <summary>Registered after the host's own middleware, so it sees each activity as the adapter gets it.</summary>
    private sealed class RecordingMiddleware : TurnMiddleware
    {
        private readonly ConcurrentQueue<SentActivity> _sent = new();

        public IReadOnlyList<SentActivity> Sent => [.. _sent];

        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            turnContext.OnSendActivities(async (context, activities, sendNext) =>
            {
                var responses = await sendNext();
                for (var i = 0; i < activities.Count; i++)
                {
                    _sent.Enqueue(new SentActivity(context.IsContinuation, activities[i].Type, activities[i].From?.Id, activities[i].Text, responses[i].Id));
                }

                return responses;
            });
            return next(cancellationToken);
        }
    }

    /// <summary>The shipped host with one agent, Kuaidi100 at the stub, and the recording middleware.</summary>
    private sealed class AdapterHost : TemporaryHost
    {
        public const string AgentKey = "adapter-agent-key-0123456789";
        public const string AgentId = "agent-a";

        private readonly Dictionary<string, string?> _settings;

        public AdapterHost(Dictionary<string, string?> settings)
            : base("shopbot-adapter-", kestrel: false)
        {
            _settings = ShippedBotSettings(Folder, TestHost.Secret, SharedModelPath);
            foreach (var (key, value) in settings)
            {
                _settings[key] = value;
            }

            _settings["Logistics:CacheLifetime"] = "00:00:01";
            _settings["Consoles:Agents:0:Key"] = AgentKey;
            _settings["Consoles:Agents:0:AgentId"] = AgentId;
            _settings["Consoles:Agents:0:Name"] = "测试客服甲";
        }

        public RecordingMiddleware Recorder { get; } = new();

        protected override IReadOnlyDictionary<string, string?> Settings => _settings;

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TurnMiddleware>(Recorder);
    }
}

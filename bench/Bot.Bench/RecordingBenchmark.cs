extern alias bot;

using System.Diagnostics;
using System.Globalization;
using bot::ShopBot.Bot.AfterSales;
using bot::ShopBot.Bot.Agents;
using bot::ShopBot.Bot.Channels.DirectLine;
using bot::ShopBot.Bot.Hosting;
using bot::ShopBot.Bot.Records;
using bot::ShopBot.Bot.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge;

namespace ShopBot.Bench;

/// <summary>
/// Whole buyer turns (Direct Line post, pipeline, understanding, flows, screen, dialog state, and with recording the
/// turn record and its case lookup) through the shipped host's services, with recording on and off in the same run:
/// rounds alternate between the two so that warm-up and drift fall on both alike. Logging at warning level, so the
/// figure is the bot's, not the console's. In memory, or on Redis with an address (first argument).
/// </summary>
internal sealed class RecordingBenchmark : IBenchmark
{
    private const int Rounds = 6;
    private const int TurnsPerRound = 600;
    private const int InFlight = 8;

    private static readonly string[] Buyers = ["momo_2019", "橙子不酸", "tb_lily88", "一只小兔叽"];

    // Lines that keep the bot answering (no person is asked for, so the queue stays empty whatever the run's length).
    private static readonly string[] Lines = ["你好", "我的快递到哪了", "什么时候发货", "能不能快点发货", "我要开发票", "谢谢", "运费险怎么用", "好的"];

    public string Name => "recording";

    public async Task RunAsync(IReadOnlyList<string> arguments)
    {
        var redis = arguments.Count > 0 ? arguments[0] : null;
        var builder = WebApplication.CreateBuilder(BotHostOptions.Create([]));
        builder.AddRootSettings();
        builder.AddBotLogging(forCommandLine: true);
        builder.AddKnowledge();
        builder.AddBotChannels();
        builder.AddAfterSalesBot();
        builder.AddConversationRecords();
        builder.AddTrainerConsole();
        builder.AddAgentConsole();
        builder.AddConsoleAuthentication();
        if (redis is not null)
        {
            builder.Configuration["ConnectionStrings:Redis"] = redis;
            builder.Configuration["Handoff:RedisKeyPrefix"] = "bench-" + Guid.NewGuid().ToString("N");
        }

        await using var app = builder.Build();
        var conversations = app.Services.GetRequiredService<DirectLineConversations>();
        var records = app.Services.GetRequiredService<IOptions<RecordsOptions>>().Value;
        Console.WriteLine($"{(redis is null ? "in memory" : "redis at " + redis)}, {Environment.ProcessorCount} cores, {Rounds} rounds of {TurnsPerRound} turns each way");

        // Warm up: the model, the templates, the JIT.
        await PlayAsync(conversations, 200, 1);
        var results = new Dictionary<(bool Recording, int InFlight), List<double>>();
        foreach (var inFlight in new[] { 1, InFlight })
        {
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var recording in round % 2 == 0 ? new[] { true, false } : new[] { false, true })
                {
                    records.Enabled = recording;
                    var perSecond = await PlayAsync(conversations, TurnsPerRound, inFlight);
                    (results.TryGetValue((recording, inFlight), out var list) ? list : results[(recording, inFlight)] = []).Add(perSecond);
                }
            }
        }

        records.Enabled = true;
        Console.WriteLine();
        Console.WriteLine($"{"turns in flight",-16} {"recording on",16} {"recording off",16} {"cost",8}");
        foreach (var inFlight in new[] { 1, InFlight })
        {
            var on = Median(results[(true, inFlight)]);
            var off = Median(results[(false, inFlight)]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{inFlight,-16} {on,12:0} /s {off,12:0} /s {(off - on) / off,8:P1}"));
        }
    }

    /// <summary>Plays <paramref name="turns"/> buyer lines, <paramref name="inFlight"/> conversations at once, four lines per conversation.</summary>
    private static async Task<double> PlayAsync(DirectLineConversations conversations, int turns, int inFlight)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
        {
            TokenPayload? caller = null;
            int turn;
            while ((turn = Interlocked.Increment(ref next)) < turns)
            {
                if (caller is null || turn % 4 == 0)
                {
                    var buyer = Buyers[turn % Buyers.Length];
                    var conversation = await conversations.StartAsync(buyer, buyer);
                    caller = new TokenPayload(buyer, buyer, conversation.ConversationId, 0);
                }

                await conversations.PostAsync(caller, new bot::ShopBot.Bot.Schema.Activity { Type = ActivityTypes.Message, Text = Lines[turn % Lines.Length] }, null);
            }
        }));
        return turns / clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}

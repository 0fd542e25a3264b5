using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Tests.Orders;

namespace ShopBot.Knowledge.Tests.Kernel;

/// <summary>
/// Knowledge as the host composes it (sample orders, templates, screen, policies, kernel), optionally pointed at a
/// chat endpoint, with every log line kept. Turns are given a made-up understanding, so no intent model is trained.
/// </summary>
public sealed class KernelHarness : IDisposable
{
    public KernelHarness(string? llmEndpoint = null, TimeSpan? timeout = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration["KnowledgeBase:Root"] = KnowledgeBase.Paths.Root;
        builder.Configuration["Orders:SampleAnchorDate"] = "2026-11-22";
        if (llmEndpoint is not null)
        {
            builder.Configuration["Llm:Endpoint"] = llmEndpoint;
            builder.Configuration["Llm:Model"] = "stub-model";
            builder.Configuration["Llm:Timeout"] = (timeout ?? TimeSpan.FromSeconds(8)).ToString();
        }

        builder.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(FixedTimeProvider.SampleNow));
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
        builder.AddKnowledge();
        Services = builder.Services.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public CapturedLogs Logs { get; } = new();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>One turn of <paramref name="buyerId"/>, understood as <paramref name="intent"/> with full confidence.</summary>
    public Task<DialogOutcome> SayAsync(string buyerId, string text, string intent = IntentIds.Other, DialogState? state = null)
    {
        var scores = new List<IntentScore> { new(intent, 0.95f), new(IntentIds.Greeting, 0.01f) };
        var decider = new IntentDecider(Options.Create(new DecisionOptions()));
        var understanding = new Understanding(text, KnowledgeBase.Normalizer.Normalize(text), scores, false, decider.Decide(scores, false));
        return Get<DialogEngine>().HandleAsync(new DialogInput($"conv-{Guid.NewGuid():N}", buyerId, text, [], understanding), state ?? new DialogState());
    }

    public void Dispose() => Services.Dispose();
}

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ShopBot.Bot.Tests.Channels.BotFramework;

/// <summary>A Bot Connector stand-in on real Kestrel: records what the bot posts to it (and with which bearer) and answers with a resource id.</summary>
internal sealed class StubChannel : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StubChannel(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Path, string Body)> Received { get; } = new();

    /// <summary>The <c>Authorization</c> header of each post, in order.</summary>
    public ConcurrentQueue<string> Authorizations { get; } = new();

    public Uri Address { get; private set; } = null!;

    public static async Task<StubChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new StubChannel(app);
        app.MapPost("/v3/conversations/{**rest}", async (HttpContext http) =>
        {
            stub.Authorizations.Enqueue(http.Request.Headers.Authorization.ToString());
            using var reader = new StreamReader(http.Request.Body);
            stub.Received.Enqueue((http.Request.Path.Value!, await reader.ReadToEndAsync()));
            return Results.Json(new { id = "channel-" + stub.Received.Count });
        });
        await app.StartAsync();
        stub.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return stub;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

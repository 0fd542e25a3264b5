using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using ShopBot.Bot.Turns;
using ShopBot.Knowledge.Screening;

namespace ShopBot.Bot.Tests.Channels;

/// <summary>The host with the test bot and screen, in Development, with its own upload and log folders.</summary>
internal sealed class TestHost : WebApplicationFactory<Program>
{
    public const string Secret = "test-directline-secret-0123456789";

    private readonly Dictionary<string, string?> _settings;

    public TestHost(IDictionary<string, string?>? settings = null, bool kestrel = false)
    {
        Folder = Directory.CreateTempSubdirectory("shopbot-channels-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:UploadFolder"] = Path.Combine(Folder, "uploads"),
            ["DirectLine:MaxTextLength"] = "500",
            ["DirectLine:RateLimitPermits"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    public string Folder { get; }

    public LogCapture Logs { get; } = new();

    /// <summary>The real Kestrel address (only for hosts created with <c>kestrel: true</c>).</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IBot, TestBot>();
            services.AddSingleton<IReplyScreen, TestReplyScreen>();
            services.AddSingleton<ILogEventSink>(Logs);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A log file may still be open for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}

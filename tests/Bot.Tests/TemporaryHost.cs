using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ShopBot.Bot.Tests;

/// <summary>
/// The host in Development for a test: its own temporary folder (logs, models), the settings of the derived
/// host over <c>appsettings.json</c>, optionally real Kestrel for a browser. The folder is removed at the end.
/// </summary>
public abstract class TemporaryHost : WebApplicationFactory<Program>
{
    /// <param name="port">The Kestrel port; 0 picks a free one.</param>
    protected TemporaryHost(string folderPrefix, bool kestrel, int port = 0)
    {
        Folder = Directory.CreateTempSubdirectory(folderPrefix).FullName;
        if (kestrel)
        {
            UseKestrel(port);
        }
    }

    public string Folder { get; }

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

    /// <summary>One model file for the hosts of a test run that use the repository's examples, trained by the first that needs it.</summary>
    protected static string SharedModelPath { get; } = Path.Combine(Directory.CreateTempSubdirectory("shopbot-model-").FullName, "intent-model.zip");

    protected abstract IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>
    /// Settings under which the shipped bot is testable whatever the clock says: a fixed Direct Line secret, a generous
    /// rate limit, the model at <paramref name="modelPath"/>, and agents working all day (closed for a tenth of a
    /// microsecond). <paramref name="folder"/> is the host's own folder, kept in the signature for the hosts that pass it.
    /// </summary>
    protected static Dictionary<string, string?> ShippedBotSettings(string folder, string secret, string modelPath) => new()
    {
        ["DirectLine:Secret"] = secret,
        ["DirectLine:RateLimitPermits"] = "1000",
        ["Intents:ModelPath"] = modelPath,
        ["Handoff:BusinessHours:Opens"] = "00:00",
        ["Handoff:BusinessHours:Closes"] = "23:59:59.9999999",
        // The tests play many buyers with a few sample buyer ids, so one id may be queued in several conversations.
        ["Handoff:MaxQueuedPerUser"] = "20",
        // A loaded CI machine can hold a Redis call past the shipped one second, which the host rightly answers 503. A
        // test that is not about an outage must not read that as one; the outage tests set the shipped second again.
        ["Redis:OperationTimeout"] = "00:00:10",
        ["Redis:ConnectTimeout"] = "00:00:30",
    };

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(ConfigureTestServices);
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
                // A log or model file may still be open for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}

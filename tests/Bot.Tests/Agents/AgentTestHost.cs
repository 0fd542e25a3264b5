using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ShopBot.Bot.Tests.Agents;

/// <summary>
/// The host as shipped (the real after-sales bot, the real reply screen, the real knowledge base) with two test agents,
/// business hours that cover the whole day, and its own model and upload folders.
/// </summary>
public sealed class AgentTestHost : WebApplicationFactory<Program>
{
    public const string Secret = "agent-tests-directline-secret-0123";
    public const string KeyA = "test-agent-key-alpha-0123456789";
    public const string AgentA = "agent-a";
    public const string KeyB = "test-agent-key-bravo-0123456789";
    public const string AgentB = "agent-b";
    public const int MaxReplyLength = 200;

    private readonly bool _kestrel;

    public AgentTestHost() : this(kestrel: false)
    {
    }

    internal AgentTestHost(bool kestrel)
    {
        _kestrel = kestrel;
        Folder = Directory.CreateTempSubdirectory("shopbot-agents-").FullName;
        if (kestrel)
        {
            UseKestrel(0);
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

    /// <summary>A client to the host: in memory, or over real Kestrel for hosts created with <c>kestrel: true</c>.</summary>
    public HttpClient NewClient() => _kestrel ? new HttpClient { BaseAddress = Address } : CreateClient();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var settings = new Dictionary<string, string>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:UploadFolder"] = Path.Combine(Folder, "uploads"),
            ["DirectLine:RateLimitPermits"] = "1000",
            ["Intents:ModelPath"] = Path.Combine(Folder, "intent-model.zip"),
            // Open all day (closed for a tenth of a microsecond), so the handoff works whatever the clock says.
            ["Handoff:BusinessHours:Opens"] = "00:00",
            ["Handoff:BusinessHours:Closes"] = "23:59:59.9999999",
            ["Consoles:Agents:0:Key"] = KeyA,
            ["Consoles:Agents:0:AgentId"] = AgentA,
            ["Consoles:Agents:0:Name"] = "测试客服甲",
            ["Consoles:Agents:1:Key"] = KeyB,
            ["Consoles:Agents:1:AgentId"] = AgentB,
            ["Consoles:Agents:1:Name"] = "测试客服乙",
            ["Consoles:MaxReplyLength"] = MaxReplyLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Consoles:MaxBodyBytes"] = "4096",
            ["Consoles:EventPollInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
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

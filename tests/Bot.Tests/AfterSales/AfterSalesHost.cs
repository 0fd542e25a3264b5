using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Tests.Channels;
using ShopBot.Handoff;

namespace ShopBot.Bot.Tests.AfterSales;

/// <summary>
/// The host exactly as shipped (the real after-sales bot, screen, templates, sample orders), with agents working all
/// day so that the handoff does not depend on the clock, and the model written to a temporary folder.
/// </summary>
internal sealed class AfterSalesHost : WebApplicationFactory<Program>
{
    private readonly IDictionary<string, string?> _settings;

    public AfterSalesHost(IDictionary<string, string?>? settings = null)
    {
        Folder = Directory.CreateTempSubdirectory("shopbot-aftersales-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = TestHost.Secret,
            ["DirectLine:UploadFolder"] = Path.Combine(Folder, "uploads"),
            ["DirectLine:RateLimitPermits"] = "1000",
            ["Intents:ModelPath"] = Path.Combine(SharedModel.Folder, "intent-model.zip"),
            ["Handoff:BusinessHours:Opens"] = "00:00",
            ["Handoff:BusinessHours:Closes"] = "23:59:59.9999999",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string Folder { get; }

    public HandoffService Handoff => Services.GetRequiredService<HandoffService>();

    public DirectLineTestClient DirectLine() => new(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
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
                // A log file may still be open for a moment; the temp folder is cleaned by the OS.
            }
        }
    }

    /// <summary>One model file for every host of the test run, trained by the first host that needs it.</summary>
    private static class SharedModel
    {
        public static string Folder { get; } = Directory.CreateTempSubdirectory("shopbot-model-").FullName;
    }
}

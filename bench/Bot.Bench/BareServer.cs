using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ShopBot.Bench;

/// <summary>Bare Kestrel: answers a JSON POST with a small JSON body and does no work. Run as its own process by <c>turns</c>.</summary>
internal static class BareServer
{
    public static async Task RunAsync(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapPost("/bare", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            await reader.ReadToEndAsync();
            return Results.Text("""{"id":"bare"}""", "application/json");
        });
        await app.RunAsync();
    }
}

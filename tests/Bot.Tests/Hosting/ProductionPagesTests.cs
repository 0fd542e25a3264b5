using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace ShopBot.Bot.Tests.Hosting;

/// <summary>
/// The host in Production, started the two ways an operator starts it: the build output from the repository root
/// (what `dotnet run --project src/Bot` runs) and a published folder run from elsewhere. Only the shop's own agent and
/// trainer are configured: the shipped development accounts must not be needed.
/// </summary>
public sealed class ProductionPagesTests
{
    private const string AgentKey = "shop-agent-key-0123456789abcdef";
    private const string TrainerKey = "shop-trainer-key-0123456789abcdef";

    private static readonly Dictionary<string, string> ProductionSettings = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DirectLine__Secret"] = "production-test-directline-secret",
        ["Consoles__Agents__0__Key"] = AgentKey,
        ["Consoles__Agents__0__AgentId"] = "shop-agent",
        ["Consoles__Agents__0__Name"] = "店铺客服",
        ["Consoles__Trainers__0__Key"] = TrainerKey,
        ["Consoles__Trainers__0__Name"] = "店铺培训师",
    };

    [Fact]
    public async Task The_build_output_run_from_the_repository_serves_every_page_in_production()
    {
        var assembly = Path.Combine(RepositoryRoot.Path, "src", "Bot", "bin", RunningBot.Configuration, "net10.0", "ShopBot.Bot.dll");

        await using var bot = await RunningBot.StartAsync(assembly, RepositoryRoot.Path, ProductionSettings);

        await AssertServesEveryPageAsync(bot.Address);
        await AssertOnlyTheShopsAgentSignsInAsync(bot.Address);
    }

    [Fact]
    public async Task A_published_host_run_from_another_folder_serves_every_page_in_production()
    {
        var output = Directory.CreateTempSubdirectory("shopbot-publish-").FullName;
        var elsewhere = Directory.CreateTempSubdirectory("shopbot-elsewhere-").FullName;
        try
        {
            await PublishAsync(output);

            await using var bot = await RunningBot.StartAsync(Path.Combine(output, "ShopBot.Bot.dll"), elsewhere, ProductionSettings);

            await AssertServesEveryPageAsync(bot.Address);
            await AssertOnlyTheShopsAgentSignsInAsync(bot.Address);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    private static async Task AssertServesEveryPageAsync(Uri address)
    {
        using var client = new HttpClient { BaseAddress = address };
        foreach (var (path, marker) in new[]
        {
            ("/", "<main id=\"webchat\""),
            ("/agent", "<title>客服工作台</title>"),
            ("/trainer", "<title>训练台 · 智能客服</title>"),
        })
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(marker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var webChat = await client.GetAsync("/lib/webchat.js");
        Assert.Equal(HttpStatusCode.OK, webChat.StatusCode);
        Assert.Contains("WebChat", await webChat.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task AssertOnlyTheShopsAgentSignsInAsync(Uri address)
    {
        using var client = new HttpClient { BaseAddress = address };
        Assert.Equal(HttpStatusCode.OK, await QueueStatusAsync(client, AgentKey));
        Assert.Equal(HttpStatusCode.Unauthorized, await QueueStatusAsync(client, "dev-agent-key-ajie-change-me-too"));
    }

    private static async Task<HttpStatusCode> QueueStatusAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/agent/queue");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Publishes the host already built for the tests (no second compilation), as `dotnet publish` would.</summary>
    private static async Task PublishAsync(string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "publish", Path.Combine("src", "Bot"), "--no-build", "--nologo", "-c", RunningBot.Configuration, "-o", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"dotnet publish failed: {await log}{await error}");
    }
}

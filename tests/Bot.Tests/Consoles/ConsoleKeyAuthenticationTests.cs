using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Agents;
using ShopBot.Bot.Consoles;
using ShopBot.Bot.Tests.Agents;
using ShopBot.Bot.Tests.Agents.Settlement;
using ShopBot.Bot.Trainers;

namespace ShopBot.Bot.Tests.Consoles;

/// <summary>The one console-key scheme: each role opens its own API, a supervisor also the agent desk, nothing else opens either.</summary>
public sealed class ConsoleKeyAuthenticationTests : IDisposable
{
    private readonly SettlementTestHost _host = new();

    [Theory]
    [InlineData(SettlementTestHost.KeyA, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(SettlementTestHost.SupervisorKey, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(SettlementTestHost.TrainerKey, HttpStatusCode.Forbidden, HttpStatusCode.OK)]
    public async Task Each_role_opens_its_own_console_api_and_is_refused_the_other(string key, HttpStatusCode agentApi, HttpStatusCode trainerApi)
    {
        using var agent = await SendAsync("api/agent/me", key);
        using var trainer = await SendAsync("api/trainer/session", key);

        Assert.Equal((agentApi, trainerApi), (agent.StatusCode, trainer.StatusCode));
        foreach (var refused in new[] { agent, trainer }.Where(r => r.StatusCode == HttpStatusCode.Forbidden))
        {
            await AgentApiClient.AssertErrorAsync(refused, HttpStatusCode.Forbidden, "Forbidden");
            Assert.Equal("no-store", refused.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task A_supervisor_works_the_agent_desk_under_their_own_id_and_name()
    {
        using var response = await SendAsync("api/agent/me", SettlementTestHost.SupervisorKey);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal((SettlementTestHost.SupervisorId, "王主管"), (body.RootElement.GetProperty("agentId").GetString(), body.RootElement.GetProperty("name").GetString()));
    }

    /// <summary>Every route of the agent API, read from the host's own routing table so a new endpoint cannot slip past.</summary>
    [Fact]
    public async Task Every_agent_route_is_a_401_without_a_key_and_a_403_with_a_trainers_key()
    {
        using var client = _host.Host.CreateClient();
        var routes = _host.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/agent/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: new HttpMethod(m), Path: Fill(e.RoutePattern.RawText!))))
            .ToList();

        Assert.True(routes.Count >= 25, $"only {routes.Count} agent routes found");
        Assert.Contains(routes, r => r.Path == "/api/agent/cases/x1/resolve");
        foreach (var (method, path) in routes)
        {
            using var anonymous = await client.SendAsync(Request(method, path));
            using var trainer = await SendAsync(method, path, SettlementTestHost.TrainerKey);

            Assert.True(anonymous.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} without a key: {(int)anonymous.StatusCode}");
            Assert.True(trainer.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} with a trainer's key: {(int)trainer.StatusCode}");
        }

        static string Fill(string pattern) => System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", "x1");
    }

    [Theory]
    [InlineData("api/agent/me", "agent")]
    [InlineData("api/trainer/session", "trainer")]
    public async Task A_wrong_key_is_a_401_with_the_consoles_bearer_challenge(string path, string realm)
    {
        foreach (var key in new[] { SettlementTestHost.KeyA[..^1], SettlementTestHost.SupervisorKey + "x", "Basic-not-bearer-0123456789" })
        {
            using var response = await SendAsync(path, key);

            await AgentApiClient.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
            var challenge = response.Headers.WwwAuthenticate.Single();
            Assert.Equal(("Bearer", $"realm=\"{realm}\""), (challenge.Scheme, challenge.Parameter));
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public void A_key_finds_its_account_with_its_roles_and_a_prefix_or_extension_of_it_finds_none()
    {
        var agents = new AgentConsoleOptions
        {
            Agents = [new AgentAccount { Key = "key-of-xiaoyou-0001", AgentId = "小柚", Name = "小柚" }],
            Supervisors = [new SupervisorAccount { Key = "key-of-the-supervisor-000001", Name = "王主管" }],
        };
        var trainers = new TrainerConsoleOptions();
        trainers.Trainers.Add(new TrainerKey { Key = "key-of-the-trainer-00000001", Name = " 小林 " });
        var keys = new ConsoleKeys(Options.Create(agents), Options.Create(trainers));

        Assert.Equal(["agent"], keys.Find("key-of-xiaoyou-0001")!.Roles);
        Assert.Equal("王主管", keys.Find("key-of-the-supervisor-000001")!.Id);
        Assert.Equal(["supervisor", "agent"], keys.Find("key-of-the-supervisor-000001")!.Roles);
        Assert.Equal("小林", keys.Find("key-of-the-trainer-00000001")!.Name);
        Assert.Equal(["trainer"], keys.Find("key-of-the-trainer-00000001")!.Roles);
        Assert.Null(keys.Find("key-of-xiaoyou-000"));
        Assert.Null(keys.Find("key-of-xiaoyou-00011"));
        Assert.Null(keys.Find("KEY-OF-XIAOYOU-0001"));
        Assert.Null(keys.Find(string.Empty));
        Assert.Null(keys.Find(null));
    }

    [Fact]
    public void Supervisor_keys_are_checked_at_start_up_and_development_keys_are_refused_in_production()
    {
        var options = new AgentConsoleOptions
        {
            Agents = [new AgentAccount { Key = "an-agent-key-0123456789", AgentId = "a", Name = "甲" }],
            Supervisors =
            [
                new SupervisorAccount { Key = "dev-supervisor-key-0123456789", Name = "王主管" },
                new SupervisorAccount { Key = "short-key-0123456789", Name = "李主管" },
                new SupervisorAccount { Key = "an-agent-key-0123456789", Name = "赵主管" },
                new SupervisorAccount { Key = "a-long-enough-supervisor-key-01", Name = "有 空格（的名字）" },
            ],
        };

        var production = new AgentConsoleOptionsValidator(new HostingEnvironmentStub(Environments.Production)).Validate(null, options).Failures!.ToList();
        var development = new AgentConsoleOptionsValidator(new HostingEnvironmentStub(Environments.Development)).Validate(null, options).Failures!.ToList();

        Assert.Contains(production, f => f.Contains("Consoles:Supervisors:0:Key is a development key", StringComparison.Ordinal));
        Assert.DoesNotContain(development, f => f.Contains("development key", StringComparison.Ordinal));
        Assert.Contains(development, f => f.Contains("Consoles:Supervisors:1:Key must be at least 24", StringComparison.Ordinal));
        Assert.Contains(development, f => f.Contains("keys must be unique", StringComparison.Ordinal));
        Assert.Contains(development, f => f.Contains("Consoles:Supervisors:3: the desk id", StringComparison.Ordinal));
    }

    public void Dispose() => _host.Dispose();

    private Task<HttpResponseMessage> SendAsync(string path, string key) => SendAsync(HttpMethod.Get, path, key);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string key)
    {
        var request = Request(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return _host.Host.CreateClient().SendAsync(request);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path) =>
        new(method, path) { Content = method == HttpMethod.Get ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };

    private sealed class HostingEnvironmentStub(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "ShopBot.Bot";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}

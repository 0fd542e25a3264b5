using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Bot.Tests.Agents;
using Xunit.Abstractions;

namespace ShopBot.Bot.Tests.Fuzz;

/// <summary>
/// Hostile bodies, headers, route values and Unicode to every endpoint the app maps (read from its
/// <see cref="EndpointDataSource"/>, so a new endpoint is fuzzed without a change here), with and without valid
/// credentials: never a 5xx, every 4xx explains itself, nothing hangs.
/// </summary>
public sealed class EndpointFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261201;
    private const int Requests = 1500;
    private static readonly TimeSpan PerRequest = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Hostile_requests_to_every_endpoint_get_no_5xx_an_explained_4xx_and_no_hang()
    {
        using var host = new FuzzHost();
        using var http = host.CreateClient();
        var buyer = await TestBuyer.StartAsync(http, "一只小兔叽");
        await buyer.SayAsync("人工客服");
        var agent = new AgentApiClient(host.CreateClient(), FuzzHost.AgentKey);
        await agent.SetPresenceAsync("online");
        await agent.ClaimAsync(buyer.ConversationId);
        var endpoints = Endpoints(host.Services);
        Assert.Contains(endpoints, e => e.Pattern == "/api/messages");
        Assert.Contains(endpoints, e => e.Pattern.StartsWith("/api/agent/", StringComparison.Ordinal));
        Assert.Contains(endpoints, e => e.Pattern.StartsWith("/api/trainer/", StringComparison.Ordinal));

        var random = new Random(Seed);
        var hostile = new HostileInput(random);
        var failures = new List<string>();
        var slowest = TimeSpan.Zero;
        var answered = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Requests; i++)
        {
            if (i % 60 == 0)
            {
                await BackToTheAgentAsync(http, agent, buyer);
            }

            var endpoint = endpoints[i % endpoints.Count];
            using var request = Build(endpoint, hostile, buyer);
            var clock = Stopwatch.StartNew();
            var (status, body, what) = await SendAsync(http, request);
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            var key = $"{endpoint.Method} {endpoint.Pattern} {status / 100}xx";
            answered[key] = answered.GetValueOrDefault(key) + 1;
            var problem = status switch
            {
                0 => $"no answer within {PerRequest.TotalSeconds} s ({what})",
                >= 500 => $"{status}: {Cut(body)}",
                >= 400 when body.Length == 0 && status != StatusCodes.Status405MethodNotAllowed => $"{status} with an empty body",
                _ => null,
            };
            if (problem is not null)
            {
                failures.Add($"#{i} {request.Method} {Cut(request.RequestUri!.ToString())} [{request.Content?.Headers.ContentType}]: {problem}");
            }
        }

        output.WriteLine(string.Join('\n', answered.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}: {a.Value}")));
        output.WriteLine($"slowest {slowest.TotalMilliseconds:0} ms");
        Assert.True(failures.Count == 0, $"{failures.Count} of {Requests} requests failed (seed {Seed}, slowest {slowest.TotalMilliseconds:0} ms):\n" + string.Join('\n', failures.Take(40)));
        Assert.True(slowest < PerRequest, $"slowest request took {slowest.TotalMilliseconds:0} ms");
    }

    /// <summary>Fuzzed calls close, release and hand back the conversation; put it back with the agent, whatever state it is in.</summary>
    private static async Task BackToTheAgentAsync(HttpClient http, AgentApiClient agent, TestBuyer buyer)
    {
        using var presence = await agent.SendAsync(HttpMethod.Put, "presence", """{"presence":"online","capacity":50}""");
        await buyer.SayAsync("人工客服");
        using var claim = await agent.SendAsync(HttpMethod.Post, $"conversations/{buyer.ConversationId}/claim");
        Assert.True((int)claim.StatusCode < 500, $"claim: {claim.StatusCode}");
    }

    /// <summary>Every route with a method, expanded to one entry per method.</summary>
    private static List<(string Method, string Pattern, RouteEndpoint Endpoint)> Endpoints(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"]).Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'), e)))
            .OrderBy(e => e.Item2, StringComparer.Ordinal).ThenBy(e => e.m, StringComparer.Ordinal),
    ];

    private static HttpRequestMessage Build((string Method, string Pattern, RouteEndpoint Endpoint) endpoint, HostileInput hostile, TestBuyer buyer)
    {
        var path = endpoint.Pattern;
        foreach (var parameter in endpoint.Endpoint.RoutePattern.Parameters)
        {
            var real = parameter.Name switch
            {
                "conversationId" => buyer.ConversationId,
                "file" => "thanks.yaml",
                "intent" => "invoice",
                _ => "x",
            };
            path = path.Replace("{" + parameter.Name + "}", hostile.RouteValue(real), StringComparison.Ordinal);
        }

        if (hostile.Chance(30))
        {
            path += "?watermark=" + hostile.RouteValue("0") + "&userId=" + hostile.RouteValue("u") + "&t=%00%FF%C0%AF";
        }

        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path.TrimStart('/'));
        if (endpoint.Method != "GET" || hostile.Chance(10))
        {
            var content = new ByteArrayContent(hostile.Body());
            var type = hostile.ContentType();
            if (type.Length > 0)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", type);
            }

            request.Content = content;
        }

        var valid = ValidCredential(endpoint.Pattern, buyer);
        var authorization = valid is not null && hostile.Chance(60) ? "Bearer " + valid : hostile.Chance(50) ? hostile.HeaderValue() : null;
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (hostile.Chance(20))
        {
            request.Headers.TryAddWithoutValidation("Accept", hostile.Pick(["text/event-stream", "*/*;q=abc", "application/xml", "\u00FF"]));
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", "999.999.999.999, ::ffff:zz");
            request.Headers.TryAddWithoutValidation("Origin", "null");
        }

        return request;
    }

    /// <summary>The caller this endpoint expects; a trainer retrain is left to the trainer tests (a full ML.NET run per call).</summary>
    private static string? ValidCredential(string pattern, TestBuyer buyer) => pattern switch
    {
        _ when pattern.StartsWith("/v3/directline/tokens/generate", StringComparison.Ordinal) || pattern == "/v3/directline/conversations" => FuzzHost.Secret,
        _ when pattern.StartsWith("/v3/directline", StringComparison.Ordinal) => buyer.Token,
        _ when pattern.StartsWith("/api/agent", StringComparison.Ordinal) => FuzzHost.AgentKey,
        "/api/trainer/retrain" => null,
        _ when pattern.StartsWith("/api/trainer", StringComparison.Ordinal) => FuzzHost.TrainerKey,
        _ => null,
    };

    /// <summary>Status 0 when no answer came in time. A live stream (server-sent events) counts as answered at its headers.</summary>
    private static async Task<(int Status, byte[] Body, string What)> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        using var timeout = new CancellationTokenSource(PerRequest);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.Content.Headers.ContentType?.MediaType == "text/event-stream")
            {
                return ((int)response.StatusCode, [1], "stream");
            }

            return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(timeout.Token), "body");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return (0, [], "timeout");
        }
    }

    private static string Cut(byte[] body) => Cut(Encoding.UTF8.GetString(body));

    private static string Cut(string text) => text.Length <= 200 ? text : text[..200] + "…";
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Agents;
using ShopBot.Bot.Consoles;
using ShopBot.Bot.Trainers;

namespace ShopBot.Bot.Tests.Consoles;

/// <summary>The console-key handler on its own: what it makes of each kind of request, without a host.</summary>
public sealed class ConsoleKeyAuthenticationHandlerTests
{
    private const string AgentKey = "agent-key-for-the-handler-tests-0001";

    [Fact]
    public async Task A_direct_line_request_gets_no_result_even_with_a_console_key_so_nothing_opens_there()
    {
        var result = await AuthenticateAsync("/v3/directline/conversations/c1/activities", "Bearer " + AgentKey);

        Assert.True(result.None);
        Assert.Null(result.Failure);
    }

    [Fact]
    public async Task A_buyer_token_on_a_console_route_fails_and_a_request_without_a_bearer_gets_no_result()
    {
        var token = await AuthenticateAsync("/api/agent/me", "Bearer buyer.token");
        var none = await AuthenticateAsync("/api/agent/me", null);

        Assert.NotNull(token.Failure);
        Assert.True(none.None);
    }

    [Fact]
    public async Task A_console_key_on_a_console_route_signs_in_its_account_with_its_roles()
    {
        var result = await AuthenticateAsync("/api/agent/me", "Bearer " + AgentKey);

        Assert.True(result.Succeeded);
        Assert.Equal("a1", result.Principal!.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value);
        Assert.True(result.Principal.IsInRole(ConsoleRoles.Agent));
        Assert.False(result.Principal.IsInRole(ConsoleRoles.Trainer));
    }

    private static async Task<AuthenticateResult> AuthenticateAsync(string path, string? authorization)
    {
        var agents = new AgentConsoleOptions { Agents = [new AgentAccount { Key = AgentKey, AgentId = "a1", Name = "小美" }] };
        var keys = new ConsoleKeys(Options.Create(agents), Options.Create(new TrainerConsoleOptions()));
        var handler = new ConsoleKeyAuthenticationHandler(keys, NullLogger<ConsoleKeyAuthenticationHandler>.Instance);
        var http = new DefaultHttpContext();
        http.Request.Path = path;
        if (authorization is not null)
        {
            http.Request.Headers.Authorization = authorization;
        }

        await handler.InitializeAsync(new AuthenticationScheme(ConsoleKeyAuthenticationHandler.SchemeName, null, typeof(ConsoleKeyAuthenticationHandler)), http);
        return await handler.AuthenticateAsync();
    }
}

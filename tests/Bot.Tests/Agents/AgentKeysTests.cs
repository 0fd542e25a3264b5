using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Agents;

namespace ShopBot.Bot.Tests.Agents;

public sealed class AgentKeysTests
{
    private static AgentConsoleOptions Options(params AgentAccount[] agents) => new() { Agents = [.. agents] };

    private static IHostEnvironment Environment(string name) => new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = name };

    private static AgentAccount Account(string key, string id = "xiaoyou", string name = "小柚") => new() { Key = key, AgentId = id, Name = name };

    [Fact]
    public void Valid_agents_pass_validation()
    {
        var result = new AgentConsoleOptionsValidator(Environment(Environments.Development)).Validate(null, Options(Account("0123456789abcdef"), Account("fedcba9876543210", "阿杰", "阿杰")));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Short_keys_shared_keys_and_bad_agent_ids_fail_start_up_naming_the_entry()
    {
        var result = new AgentConsoleOptionsValidator(Environment(Environments.Development)).Validate(null, Options(
            Account("short"),
            Account("shared-key-0123456789", "a"),
            Account("shared-key-0123456789", "b"),
            Account("another-key-0123456789", "has space"),
            Account("yet-another-key-012345", "c", " ")));

        Assert.False(result.Succeeded);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.Contains("Consoles:Agents:0:Key", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("unique", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Consoles:Agents:3:AgentId", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Consoles:Agents:4:Name", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_development_keys_fail_start_up_outside_development()
    {
        var agents = Options(Account("dev-agent-key-xiaoyou-change-me"));

        var production = new AgentConsoleOptionsValidator(Environment(Environments.Production)).Validate(null, agents);
        var development = new AgentConsoleOptionsValidator(Environment(Environments.Development)).Validate(null, agents);

        Assert.Contains(production.Failures!, f => f.Contains("Consoles__Agents__0__Key", StringComparison.Ordinal));
        Assert.True(development.Succeeded, development.FailureMessage);
    }

    [Fact]
    public void A_host_with_a_short_agent_key_does_not_start()
    {
        using var host = new BadKeyHost();

        var error = Assert.ThrowsAny<OptionsValidationException>(() => host.CreateClient());
        Assert.Contains("Consoles:Agents:0:Key", error.Message, StringComparison.Ordinal);
    }

    private sealed class BadKeyHost : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Consoles:Agents:0:Key", "too-short");
            builder.UseSetting("DirectLine:Secret", AgentTestHost.Secret);
        }
    }
}

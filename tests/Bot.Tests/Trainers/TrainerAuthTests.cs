using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Trainers;

namespace ShopBot.Bot.Tests.Trainers;

public sealed class TrainerAuthTests(TrainerHost host) : IClassFixture<TrainerHost>
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "api/trainer/session" },
        { "POST", "api/trainer/classify" },
        { "GET", "api/trainer/templates" },
        { "GET", "api/trainer/templates/greeting.yaml" },
        { "PUT", "api/trainer/templates/greeting.yaml" },
        { "GET", "api/trainer/examples" },
        { "GET", "api/trainer/examples/thanks" },
        { "PUT", "api/trainer/examples/thanks" },
        { "POST", "api/trainer/retrain" },
        { "GET", "api/trainer/eval" },
        { "GET", "api/trainer/eval/confusion.svg" },
        { "GET", "api/trainer/model" },
        { "POST", "api/trainer/model/rollback" },
        { "POST", "api/trainer/retrain?override=true" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_endpoint_without_a_key_is_a_401_with_a_bearer_challenge(string method, string path)
    {
        using var client = host.WithKey(null);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await TrainerHost.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_wrong_key_is_a_401()
    {
        using var client = host.WithKey(TrainerHost.Key[..^1] + "x");

        using var response = await client.GetAsync("api/trainer/session");

        await TrainerHost.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task A_buyers_direct_line_token_and_the_direct_line_secret_open_nothing()
    {
        var tokens = host.Services.GetRequiredService<DirectLineTokens>();
        var buyerToken = tokens.Issue("tb_lily88", "tb_lily88", "conversation-1");
        Assert.Equal(TokenCheckStatus.Valid, tokens.Check(buyerToken).Status);

        foreach (var credential in new[] { buyerToken, TrainerHost.DirectLineSecret })
        {
            using var client = host.WithKey(credential);
            using var session = await client.GetAsync("api/trainer/session");
            using var classify = await client.PostAsync("api/trainer/classify", TrainerHost.Json("""{"text":"我的快递到哪了"}"""));

            await TrainerHost.AssertErrorAsync(session, HttpStatusCode.Unauthorized, "Unauthorized");
            await TrainerHost.AssertErrorAsync(classify, HttpStatusCode.Unauthorized, "Unauthorized");
        }
    }

    [Fact]
    public async Task The_trainer_key_opens_the_session_with_the_trainer_name_and_the_sample_buyers()
    {
        using var client = host.Trainer();

        using var response = await client.GetAsync("api/trainer/session");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var session = await TrainerHost.ReadJsonAsync(response);
        Assert.Equal(TrainerHost.TrainerName, session.GetProperty("name").GetString());
        Assert.Contains(session.GetProperty("sampleBuyers").EnumerateArray(), b => b.GetProperty("id").GetString() == "阿福的杂货铺");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public void Keys_are_checked_at_start_up_and_development_keys_are_refused_outside_development()
    {
        var options = new TrainerConsoleOptions();
        options.Trainers.Add(new TrainerKey { Key = "dev-trainer-key-0123456789abcdef", Name = "小林" });
        options.Trainers.Add(new TrainerKey { Key = "short", Name = "" });

        var production = new TrainerConsoleOptionsValidator(new FakeEnvironment(Environments.Production)).Validate(null, options);
        var development = new TrainerConsoleOptionsValidator(new FakeEnvironment(Environments.Development)).Validate(null, options);

        Assert.True(production.Failed);
        Assert.Contains(production.Failures!, f => f.Contains("Consoles:Trainers:0:Key is a development key", StringComparison.Ordinal));
        Assert.Contains(production.Failures!, f => f.Contains("Consoles:Trainers:1:Key must be at least", StringComparison.Ordinal));
        Assert.Contains(production.Failures!, f => f.Contains("Consoles:Trainers:1:Name", StringComparison.Ordinal));
        Assert.DoesNotContain(development.Failures!, f => f.Contains("development key", StringComparison.Ordinal));
    }

    private sealed class FakeEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "ShopBot.Bot";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}

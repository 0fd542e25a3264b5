using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Kernel;

namespace ShopBot.Knowledge.Tests.Kernel;

public sealed class LlmOptionsTests
{
    [Fact]
    public void No_endpoint_means_no_model_and_is_valid()
    {
        var options = Bind(new Dictionary<string, string?>());

        Assert.False(options.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(8), options.Timeout);
    }

    [Theory]
    [InlineData("http://127.0.0.1:11434/v1", "", "Llm:Model")]
    [InlineData("localhost:8000", "qwen", "Llm:Endpoint")]
    [InlineData("ftp://models.example/v1", "qwen", "Llm:Endpoint")]
    public void A_bad_configuration_fails_naming_the_key(string endpoint, string model, string key)
    {
        var exception = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["Llm:Endpoint"] = endpoint, ["Llm:Model"] = model }));

        Assert.Contains(key, exception.Message);
    }

    [Fact]
    public void A_non_positive_timeout_is_refused() =>
        Assert.Throws<OptionsValidationException>(() => Bind(new() { ["Llm:Timeout"] = "00:00:00" }));

    private static LlmOptions Bind(Dictionary<string, string?> values)
    {
        var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section).ValidateDataAnnotations();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<LlmOptions>>().Value;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Policies;
using ShopBot.Knowledge.Screening;
using ShopBot.Knowledge.Templates;
using ShopBot.Knowledge.Tests.Templates;

namespace ShopBot.Knowledge.Tests.Orders;

public sealed class AnsweringRegistrationTests
{
    [Fact]
    public void The_flows_get_orders_policies_templates_and_cases_from_the_container()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Orders:ShippingPromiseHours"] = "48",
            ["Policies:MinimumScore"] = "0.4",
        });

        var lookup = provider.GetRequiredService<IOrderLookup>();
        Assert.NotEmpty(lookup.OrdersOf("tb_lily88"));
        Assert.Equal(48, provider.GetRequiredService<IOptions<OrdersOptions>>().Value.ShippingPromiseHours);
        Assert.Equal("return-postage", provider.GetRequiredService<IPolicySearch>().FindBest("质量问题运费谁出?")!.Entry.Id);
        Assert.True(provider.GetRequiredService<IReplyTemplates>().Contains("track.shipped"));
        Assert.IsType<InMemoryCaseStore>(provider.GetRequiredService<ICaseStore>());
    }

    [Theory]
    [InlineData("Orders:ShippingPromiseHours", "0", "ShippingPromiseHours")]
    [InlineData("Policies:MinimumScore", "2", "MinimumScore")]
    [InlineData("Orders:SampleAnchorTime", "1900-01-01T00:00:00+08:00", "SampleAnchorTime")]
    public void A_bad_setting_fails_naming_the_key(string key, string value, string name)
    {
        using var provider = Build(new Dictionary<string, string?> { [key] = value });

        var exception = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = provider.GetRequiredService<IOptions<OrdersOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<PolicyOptions>>().Value;
        });

        Assert.Contains(name, exception.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton(SampleOrders.Paths);
        services.AddSingleton(SampleOrders.Normalizer);
        services.AddSingleton<IReplyScreen, WordListScreen>();
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(FixedTimeProvider.SampleNow));
        services.AddAnswering();
        return services.BuildServiceProvider();
    }
}

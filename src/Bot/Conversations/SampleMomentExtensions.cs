using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Bot.Conversations;

/// <summary>Plays conversation tests and terminal chats at the sample's anchor moment (<see cref="OrdersOptions.SampleAnchorTime"/>).</summary>
public static class SampleMomentExtensions
{
    /// <summary>When the sample's anchor is configured, every service reads the time from a clock that starts there.</summary>
    public static WebApplicationBuilder PlayAtTheSampleMoment(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var anchor = builder.Configuration.GetValue<DateTimeOffset?>("Orders:" + nameof(OrdersOptions.SampleAnchorTime));
        if (anchor is { } moment)
        {
            builder.Services.AddSampleMomentClock(moment);
        }

        return builder;
    }

    public static IServiceCollection AddSampleMomentClock(this IServiceCollection services, DateTimeOffset moment)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(new SampleMomentClock(moment));
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Storage;
using ShopBot.Bot.Trainers;
using ShopBot.Bot.Trainers.Review;
using ShopBot.Knowledge.Promotion;
using StackExchange.Redis;

// In the hosting namespace, like the other Add/Map extensions, so Program.cs needs no new using.
namespace ShopBot.Bot.Hosting;

public static class TrainerHostingExtensions
{
    public const string ConsolePath = "/trainer";

    // The console page runs only its own script and style; data is fetched from this host; the confusion matrix is a blob: image.
    private const string ConsolePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The trainer console: trainer keys (validated at start-up), the dry-run classifier, example files, retraining
    /// through the promotion gate, the review inbox (its decisions in Redis like the records when connected), and the promoted model (in Redis, shared by every host, when
    /// <c>ConnectionStrings:Redis</c> is set; call after <c>AddAfterSalesBot</c>, which registers the connection).
    /// </summary>
    public static WebApplicationBuilder AddTrainerConsole(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TrainerConsoleOptions>().BindConfiguration(TrainerConsoleOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrainerConsoleOptions>, TrainerConsoleOptionsValidator>();
        services.AddSingleton<TrainerDryRun>();
        services.AddSingleton<IntentExampleFiles>();
        services.AddSingleton<RetrainCoordinator>();
        services.AddSingleton<ExampleGuesser>();
        services.AddSingleton<IReviewDecisions>(sp => sp.GetService<IConnectionMultiplexer>() is { } redis
            ? ActivatorUtilities.CreateInstance<RedisReviewDecisions>(sp, redis)
            : ActivatorUtilities.CreateInstance<InMemoryReviewDecisions>(sp));
        services.AddSingleton<ReviewInbox>();
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Redis")))
        {
            services.Replace(ServiceDescriptor.Singleton<IIntentModelStore, RedisIntentModelStore>());
        }

        services.AddHostedService<PromotedModelSync>();
        return builder;
    }

    /// <summary>
    /// Security headers for the console page and the API (call before the static files), and the API's endpoints.
    /// The page itself is <c>wwwroot/trainer/</c>.
    /// </summary>
    public static WebApplication MapTrainerConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseConsoleSecurityHeaders(path => path.StartsWithSegments(ConsolePath) || path.StartsWithSegments(TrainerEndpoints.Prefix), ConsolePolicy);
        app.MapTrainerApi();
        return app;
    }
}

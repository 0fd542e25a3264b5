using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Attachments;
using ShopBot.Bot.Buyer;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Channels.BotFramework;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Channels.Streaming;
using ShopBot.Bot.Turns;
using ShopBot.Handoff.Transcripts;
using StackExchange.Redis;
using TurnMiddleware = ShopBot.Bot.Turns.IMiddleware;

namespace ShopBot.Bot.Hosting;

public static class ChannelHostingExtensions
{
    /// <summary>
    /// Registers the channels (Direct Line, Bot Framework <c>/api/messages</c>), the one <see cref="ChannelAdapter"/> every
    /// activity comes in and goes out through, the turn pipeline with its logging, error and screening middleware, and
    /// the buyer page's options. The <see cref="IBot"/> itself is registered elsewhere.
    /// </summary>
    public static WebApplicationBuilder AddBotChannels(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Secret.Length is 0 or >= 16, "DirectLine:Secret must be at least 16 characters (or empty for a random one per process).")
            .Validate(o => o.PublicBaseUrl is null || (o.PublicBaseUrl.IsAbsoluteUri && o.PublicBaseUrl.Scheme is "https" or "http"),
                "DirectLine:PublicBaseUrl must be an absolute http(s) address such as https://kefu.example.com/ (or empty).")
            .Validate(o => o.MaxUploadBytesInMemory >= (long)o.MaxUploadBytes * o.MaxUploadFiles,
                "DirectLine:MaxUploadBytesInMemory must hold at least one full upload (MaxUploadBytes times MaxUploadFiles).")
            .ValidateOnStart();
        services.AddOptions<ShopOptions>().BindConfiguration(ShopOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.SampleBuyers.All(b => b.Id.Length is > 0 and <= 64), "Shop:SampleBuyers entries need an Id of 1 to 64 characters.")
            .ValidateOnStart();
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !o.Enabled || o.AppPassword.Length > 0, "BotFramework:AppPassword is required when BotFramework:AppId is set (replies need a token).")
            .Validate(o => BotFrameworkOptions.IsSafeIdentityEndpoint(o.OpenIdMetadataUrl), "BotFramework:OpenIdMetadataUrl must be an https address (http only on a loopback address).")
            .Validate(o => BotFrameworkOptions.IsSafeIdentityEndpoint(o.TokenEndpoint), "BotFramework:TokenEndpoint must be an https address (http only on a loopback address).")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITranscriptStore, InMemoryTranscriptStore>();
        services.AddSingleton<TurnMiddleware, LoggingMiddleware>();
        services.AddSingleton<TurnMiddleware, ErrorHandlingMiddleware>();
        services.AddSingleton<TurnMiddleware, ReplyScreeningMiddleware>();
        services.AddSingleton<TurnMiddleware, ShowTypingMiddleware>();
        services.AddOptions<TypingOptions>().BindConfiguration(TypingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TurnPipeline>();
        services.AddSingleton<TranscriptWriter>();
        services.AddSingleton<ChannelAdapter>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineStreams>();
        services.AddSingleton<DirectLineStream>();
        // Streams hear of new activities where the transcripts live: through Redis when the handoff connected one.
        services.AddSingleton<IConversationFeed>(sp => sp.GetService<IConnectionMultiplexer>() is { } redis
            ? ActivatorUtilities.CreateInstance<RedisConversationFeed>(sp, redis)
            : new InMemoryConversationFeed());
        // Images live where the conversations live: in Redis when the handoff connected one, else in this process.
        services.AddSingleton<IAttachmentStore>(sp => sp.GetService<IConnectionMultiplexer>() is { } redis
            ? ActivatorUtilities.CreateInstance<RedisAttachmentStore>(sp, redis)
            : ActivatorUtilities.CreateInstance<InMemoryAttachmentStore>(sp));
        services.AddSingleton<AttachmentAddresses>();
        services.AddHttpClient(ChannelAuthenticator.HttpClientName);
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName);
        services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<ChannelAuthenticator>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddSingleton<HostAddresses>();
        services.AddSingleton<ConversationDeliveryBudget>();
        services.AddSingleton<DirectLinePostLimiter>();
        return builder;
    }
}

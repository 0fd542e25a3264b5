using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Tests.Channels;
using ShopBot.Bot.Turns;
using ShopBot.Knowledge.Screening;
using TurnMiddleware = ShopBot.Bot.Turns.IMiddleware;

namespace ShopBot.Bot.Tests.Turns;

public sealed class TurnPipelineTests
{
    [Fact]
    public async Task Blocked_reply_without_a_rewrite_is_replaced_and_the_turn_is_marked_for_escalation()
    {
        var (context, delivered) = await RunAsync(new ReplyBot("明天" + TestReplyScreen.Unfixable + "到"), withScreen: true);

        Assert.Equal([ReplyScreeningMiddleware.HandOverLine], delivered.Select(a => a.Text));
        Assert.Equal(ReplyScreeningMiddleware.BlockedReplyReason, context.TurnState.Get<EscalationRequest>()!.Reason);
    }

    [Fact]
    public async Task Blocked_reply_with_a_passing_rewrite_sends_the_rewrite_without_escalating()
    {
        var (context, delivered) = await RunAsync(new ReplyBot(TestReplyScreen.Rewritable + "的枕头"), withScreen: true);

        Assert.Equal(["不错的枕头"], delivered.Select(a => a.Text));
        Assert.Null(context.TurnState.Get<EscalationRequest>());
    }

    [Fact]
    public async Task Without_a_screen_nothing_the_bot_wrote_is_sent_only_the_apology()
    {
        var (_, delivered) = await RunAsync(new ReplyBot("未经审核的话"), withScreen: false);

        Assert.Equal([ErrorHandlingMiddleware.Apology], delivered.Select(a => a.Text));
    }

    [Fact]
    public async Task Replies_are_addressed_back_to_the_sender_as_plain_text_with_a_correlation_id_in_turn_state()
    {
        var (context, delivered) = await RunAsync(new ReplyBot("好的"), withScreen: true);

        var reply = Assert.Single(delivered);
        Assert.Equal("buyer", reply.Recipient!.Id);
        Assert.Equal("bot", reply.From!.Id);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Equal("c-1", reply.Conversation!.Id);
        Assert.Equal(TextFormatTypes.Plain, reply.TextFormat);
        Assert.Equal(16, context.TurnState.Get<TurnCorrelation>()!.Id.Length);
        Assert.True(context.Responded);
    }

    private static async Task<(TurnContext Context, List<Activity> Delivered)> RunAsync(IBot bot, bool withScreen)
    {
        var services = new ServiceCollection();
        services.AddSingleton(bot);
        if (withScreen)
        {
            services.AddSingleton<IReplyScreen, TestReplyScreen>();
        }

        using var provider = services.BuildServiceProvider();
        TurnMiddleware[] middleware =
        [
            new LoggingMiddleware(NullLogger<LoggingMiddleware>.Instance),
            new ErrorHandlingMiddleware(NullLogger<ErrorHandlingMiddleware>.Instance),
            new ReplyScreeningMiddleware(provider, NullLogger<ReplyScreeningMiddleware>.Instance),
        ];
        var delivery = new RecordingDelivery();
        var incoming = new Activity
        {
            Type = ActivityTypes.Message, Id = "in-1", ChannelId = "test", Text = "hi",
            From = new ChannelAccount { Id = "buyer" }, Recipient = new ChannelAccount { Id = "bot" }, Conversation = new ConversationAccount { Id = "c-1" },
        };
        var context = new TurnContext(incoming, delivery);
        await new TurnPipeline(middleware, provider.GetRequiredService<IServiceScopeFactory>()).RunAsync(context);
        return (context, delivery.Delivered);
    }

    private sealed class ReplyBot(string reply) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private sealed class RecordingDelivery : IActivityDelivery
    {
        public List<Activity> Delivered { get; } = [];

        public Task<IReadOnlyList<ResourceResponse>> DeliverAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
        {
            Delivered.AddRange(activities);
            return Task.FromResult<IReadOnlyList<ResourceResponse>>([.. activities.Select((_, i) => new ResourceResponse("out-" + i))]);
        }
    }
}

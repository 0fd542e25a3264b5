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

    [Fact]
    public async Task In_a_continuation_the_bots_text_is_screened_and_an_agents_is_left_to_the_agent_screen()
    {
        var notice = Activity.CreateMessage(TestReplyScreen.Rewritable + "的服务");
        var agentReply = Activity.CreateMessage(TestReplyScreen.Rewritable + "的枕头，我帮您登记");
        agentReply.From = new ChannelAccount { Id = ReplyScreeningMiddleware.AgentAccountPrefix + "a1", Name = "客服小美", Role = RoleTypes.Bot };

        var (context, delivered) = await ContinueAsync(async (turn, ct) =>
        {
            await turn.SendActivityAsync(notice, ct);
            await turn.SendActivityAsync(agentReply, ct);
        });

        Assert.Equal(["不错的服务", TestReplyScreen.Rewritable + "的枕头，我帮您登记"], delivered.Select(a => a.Text));
        Assert.Equal(["bot", "agent:a1"], delivered.Select(a => a.From!.Id));
        Assert.All(delivered, a => Assert.Equal(("buyer", "c-1", (string?)null), (a.Recipient!.Id, a.Conversation!.Id, a.ReplyToId)));
        Assert.True(context.IsContinuation);
    }

    [Fact]
    public async Task A_sender_that_asked_for_drop_when_blocked_has_a_blocked_text_dropped_and_the_passing_one_sent()
    {
        var drop = new DropWhenBlocked();

        var (context, delivered) = await ContinueAsync((turn, ct) =>
        {
            turn.TurnState.Set(drop);
            return turn.SendActivitiesAsync([Activity.CreateMessage(TestReplyScreen.Rewritable + "的服务"), Activity.CreateMessage("包裹到了")], ct);
        });

        Assert.Equal(["包裹到了"], delivered.Select(a => a.Text));
        Assert.Equal(1, drop.Dropped);
        Assert.Null(context.TurnState.Get<EscalationRequest>());
    }

    [Fact]
    public async Task A_continuation_that_fails_throws_to_its_caller_and_sends_no_apology()
    {
        var adapter = new RecordingChannelAdapter();

        var failure = await Assert.ThrowsAsync<KeyNotFoundException>(() => ContinueAsync((_, _) => throw new KeyNotFoundException("gone"), adapter));

        Assert.Equal("gone", failure.Message);
        Assert.Empty(adapter.Delivered);
    }

    private static Task<(TurnContext Context, List<Activity> Delivered)> RunAsync(IBot bot, bool withScreen)
    {
        var incoming = new Activity
        {
            Type = ActivityTypes.Message, Id = "in-1", ChannelId = "test", Text = "hi",
            From = new ChannelAccount { Id = "buyer" }, Recipient = new ChannelAccount { Id = "bot" }, Conversation = new ConversationAccount { Id = "c-1" },
        };
        return RunPipelineAsync(incoming, isContinuation: false, withScreen, bot, (pipeline, context) => pipeline.RunAsync(context), new RecordingChannelAdapter());
    }

    /// <summary>A continuation as the channel adapter starts one: an event addressed from the buyer to the bot, no id.</summary>
    private static Task<(TurnContext Context, List<Activity> Delivered)> ContinueAsync(BotCallbackHandler callback, RecordingChannelAdapter? adapter = null)
    {
        var continuation = new Activity
        {
            Type = ActivityTypes.Event, Name = ActivityEventNames.ContinueConversation, ChannelId = "test",
            From = new ChannelAccount { Id = "buyer" }, Recipient = new ChannelAccount { Id = "bot" }, Conversation = new ConversationAccount { Id = "c-1" },
        };
        return RunPipelineAsync(continuation, isContinuation: true, withScreen: true, new ReplyBot("不该运行"), (pipeline, context) => pipeline.RunAsync(context, callback), adapter ?? new RecordingChannelAdapter());
    }

    private static async Task<(TurnContext Context, List<Activity> Delivered)> RunPipelineAsync(
        Activity activity, bool isContinuation, bool withScreen, IBot bot, Func<TurnPipeline, TurnContext, Task> run, RecordingChannelAdapter adapter)
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
        var context = new TurnContext(activity, adapter, isContinuation);
        await run(new TurnPipeline(middleware, provider.GetRequiredService<IServiceScopeFactory>()), context);
        return (context, adapter.Delivered);
    }

    private sealed class ReplyBot(string reply) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => turnContext.SendActivityAsync(reply, cancellationToken);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Turns;
using TurnMiddleware = ShopBot.Bot.Turns.IMiddleware;

namespace ShopBot.Bot.Tests.Turns;

public sealed class ShowTypingMiddlewareTests
{
    [Fact]
    public async Task An_outer_step_sending_after_the_turn_ended_passes_the_typing_hook_without_an_error()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IBot, FailingBot>();
        using var provider = services.BuildServiceProvider();
        using var typing = new ShowTypingMiddleware(Options.Create(new TypingOptions()), TimeProvider.System, NullLogger<ShowTypingMiddleware>.Instance);
        var apologising = new ApologisingMiddleware();
        TurnMiddleware[] middleware = [apologising, typing];
        var adapter = new RecordingChannelAdapter();
        var incoming = new Activity
        {
            Type = ActivityTypes.Message, Id = "in-1", ChannelId = "test", Text = "hi",
            From = new ChannelAccount { Id = "buyer" }, Recipient = new ChannelAccount { Id = "bot" }, Conversation = new ConversationAccount { Id = "c-1" },
        };

        await new TurnPipeline(middleware, provider.GetRequiredService<IServiceScopeFactory>()).RunAsync(new TurnContext(incoming, adapter, false));

        Assert.Null(apologising.SendFailure);
        Assert.Equal([ErrorHandlingMiddleware.Apology], adapter.Delivered.Select(a => a.Text));
    }

    /// <summary>As <see cref="ErrorHandlingMiddleware"/> does: the apology is sent after the inner steps have returned.</summary>
    private sealed class ApologisingMiddleware : TurnMiddleware
    {
        public Exception? SendFailure { get; private set; }

        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            try
            {
                await next(cancellationToken);
            }
            catch (InvalidOperationException)
            {
                try
                {
                    await turnContext.SendActivityAsync(ErrorHandlingMiddleware.Apology, cancellationToken);
                }
                catch (ObjectDisposedException failure)
                {
                    SendFailure = failure;
                }
            }
        }
    }

    private sealed class FailingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("the turn failed");
    }
}

using ShopBot.Bot.Schema;
using ShopBot.Bot.Turns;

namespace ShopBot.Bot.Tests.Channels;

/// <summary>A bot for channel tests: greets, echoes, fails on "boom", thinks a while on "慢慢想", and says what the test screen must catch.</summary>
internal sealed class TestBot : IBot
{
    public const string Greeting = "您好，我是测试客服。";
    public const string FailureDetail = "internal failure detail 13800138000";
    public const string Slow = "慢慢想";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            await turnContext.SendActivityAsync(Greeting, cancellationToken);
            return;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        var text = activity.Text ?? string.Empty;
        switch (text)
        {
            case "boom":
                throw new InvalidOperationException(FailureDetail);
            case "吹牛":
                await turnContext.SendActivityAsync("我们的质量是" + TestReplyScreen.Rewritable + "的。", cancellationToken);
                return;
            case Slow:
                await Task.Delay(TimeSpan.FromSeconds(1.5), cancellationToken);
                await turnContext.SendActivityAsync("想好了", cancellationToken);
                return;
            case "承诺":
                await turnContext.SendActivityAsync("明天" + TestReplyScreen.Unfixable + "能到。", cancellationToken);
                return;
        }

        var photos = activity.Attachments?.Count ?? 0;
        await turnContext.SendActivityAsync(photos > 0 ? $"收到{photos}张图片" : "你说：" + text, cancellationToken);
    }
}

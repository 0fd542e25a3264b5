using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ShopBot.Bot.Tests.Browser;

public sealed partial class AgentConsoleTests
{
    [Fact]
    public async Task Buyer_sees_the_agents_name_rates_with_a_star_and_the_console_shows_that_chat_in_the_history()
    {
        await using var agentContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await using var buyerContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 900, Height = 720 } });
        var agent = await SignInAsync(agentContext);
        agent.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        var buyer = await buyerContext.NewPageAsync();

        // First chat: the bot answers, the agent takes over under their display name (never the internal id) and replies.
        await buyer.GotoAsync(host.Address.ToString());
        await buyer.BubbleMatching(Welcome()).WaitForAsync(Wait);
        var first = await buyer.Locator("#webchat").GetAttributeAsync("data-conversation-id");
        await buyer.SayAndWaitForAsync("我的快递到哪了", buyer.Bubble(Tracking), Timeout);
        await buyer.SayAndWaitForAsync("人工客服", buyer.BubbleMatching(QueuedNotice()), Timeout);
        await agent.Locator($"#queue li[data-conversation-id='{first}'] button.claim").ClickAsync();
        const string Answer = "亲，包裹在路上了，我帮您盯着物流。";
        await agent.Locator("#reply-text").FillAsync(Answer);
        await Assertions.Expect(agent.Locator("#send-button")).ToBeEnabledAsync(new LocatorAssertionsToBeEnabledOptions { Timeout = Timeout });
        await agent.Locator("#send-button").ClickAsync();
        await buyer.Bubble(Answer).WaitForAsync(Wait);
        await buyer.Bubble("人工客服测试客服甲").WaitForAsync(Wait);

        // The agent closes; the buyer rates with the five-star button, and is thanked once.
        await agent.Locator("#close-button").ClickAsync();
        await agent.Locator("#placeholder").WaitForAsync(Wait);
        var fiveStars = buyer.Locator("button.webchat__suggested-actions__button", new PageLocatorOptions { HasText = "★★★★★" });
        await fiveStars.WaitForAsync(Wait);
        await fiveStars.ClickAsync();
        await buyer.BubbleMatching(Thanked()).WaitForAsync(Wait);
        await SaveScreenshotAsync(buyer, "buyer-rating.png");

        // A second chat of the same buyer, in a new tab (a reload resumes the same chat): the console shows the first
        // with its intent, outcome and rating.
        buyer = await buyerContext.NewPageAsync();
        await buyer.GotoAsync(host.Address.ToString());
        await Assertions.Expect(buyer.Locator("#webchat")).Not.ToHaveAttributeAsync("data-conversation-id", first!, new LocatorAssertionsToHaveAttributeOptions { Timeout = Timeout });
        await buyer.BubbleMatching(Welcome()).WaitForAsync(Wait);
        var second = await buyer.Locator("#webchat").GetAttributeAsync("data-conversation-id");
        // The invoice is answered before the person is asked for, so the summary's need never depends on which line the
        // server happens to take first on a loaded machine.
        await buyer.SayAndWaitForAsync("我要开发票", buyer.BubbleMatching(InvoiceAnswered()), Timeout);
        await buyer.SayAndWaitForAsync("人工客服", buyer.BubbleMatching(QueuedNotice()), Timeout);
        await agent.Locator($"#queue li[data-conversation-id='{second}'] button.claim").ClickAsync();
        var past = agent.Locator($"#history li[data-conversation-id='{first}']");
        await past.WaitForAsync(Wait);
        Assert.Contains("查物流", await past.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("★★★★★", await past.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("人工已结束", await past.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("买家想要：开发票", await agent.Locator("#conv-summary").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("买家要求转人工", await agent.Locator("#conv-reason").TextContentAsync(), StringComparison.Ordinal);
        await SaveScreenshotAsync(agent, "agent-history.png");
        await agent.Locator("#close-button").ClickAsync();
        await agent.Locator("#placeholder").WaitForAsync(Wait);
    }

    [GeneratedRegex("谢谢亲的评价|收到您的评分")]
    private static partial Regex Thanked();

    [GeneratedRegex("笔订单|没有查到订单|哪一笔|抬头")]
    private static partial Regex InvoiceAnswered();
}

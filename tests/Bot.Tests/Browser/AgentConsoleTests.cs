using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ShopBot.Bot.Tests.Agents;

namespace ShopBot.Bot.Tests.Browser;

/// <summary>A buyer in the real Web Chat page and an agent in the real console, on one host with the shipped bot.</summary>
public sealed partial class AgentConsoleTests(AgentKestrelHost host, BrowserFixture chromium) : IClassFixture<AgentKestrelHost>, IClassFixture<BrowserFixture>
{
    private const float Timeout = 30_000;
    private const string Tracking = "SF1428566013728";
    private const string ScriptPayload = "<script>window.__pwned='script'</script>脚本";
    private const string ImagePayload = "<img src=x onerror=\"window.__pwned='img';document.title='pwned'\">图片";

    [Fact]
    public async Task Buyer_reaches_an_agent_who_claims_replies_and_hands_back_to_the_bot()
    {
        await using var agentContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 820 } });
        await using var buyerContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 900, Height = 720 } });
        var agent = await SignInAsync(agentContext);
        var buyer = await buyerContext.NewPageAsync();

        // The buyer asks where the parcel is and gets the tracking answer from the bot.
        await buyer.GotoAsync(host.Address.ToString());
        await buyer.BubbleMatching(Welcome()).WaitForAsync(Wait);
        var conversationId = await buyer.Locator("#webchat").GetAttributeAsync("data-conversation-id");
        await buyer.SayAndWaitForAsync("我的快递到哪了", buyer.Bubble(Tracking), Timeout);

        // 人工客服 queues the buyer, who is told so.
        await buyer.SayAndWaitForAsync("人工客服", buyer.BubbleMatching(QueuedNotice()), Timeout);

        // The queue in the console updates by itself; the agent claims the conversation.
        var queued = agent.Locator($"#queue li[data-conversation-id='{conversationId}']");
        await queued.WaitForAsync(Wait);
        Assert.Contains("转人工", await queued.TextContentAsync(), StringComparison.Ordinal);
        await queued.Locator("button.claim").ClickAsync();
        await agent.Locator("#conversation").WaitForAsync(Wait);
        await agent.Locator("#transcript .text", new PageLocatorOptions { HasText = Tracking }).First.WaitForAsync(Wait);
        Assert.Contains(Tracking, await agent.Locator("#orders").TextContentAsync(), StringComparison.Ordinal);
        await buyer.Bubble("人工客服测试客服甲").WaitForAsync(Wait);

        // A reply the screen refuses cannot be sent; the violation is shown.
        var reply = agent.Locator("#reply-text");
        await reply.FillAsync("放心，我们是全网最好的店");
        await agent.Locator("#violations li").First.WaitForAsync(Wait);
        Assert.True(await agent.Locator("#send-button").IsDisabledAsync());

        // A clean reply is sent and the buyer sees it in Web Chat.
        const string Answer = "亲，我是人工客服，您的包裹已经在路上了，有变化我马上告诉您。";
        await reply.FillAsync(Answer);
        await Assertions.Expect(agent.Locator("#send-button")).ToBeEnabledAsync(new LocatorAssertionsToBeEnabledOptions { Timeout = Timeout });
        await agent.Locator("#send-button").ClickAsync();
        await agent.Locator("#transcript .from-agent .text", new PageLocatorOptions { HasText = Answer }).WaitForAsync(Wait);
        await buyer.Bubble(Answer).WaitForAsync(Wait);
        await SaveScreenshotAsync(agent, "agent.png");

        // The agent hands back, and the bot answers the buyer again.
        await agent.Locator("#handback-button").ClickAsync();
        await agent.Locator("#placeholder").WaitForAsync(Wait);
        await buyer.SayAsync("我的快递到哪了");
        await Assertions.Expect(buyer.Bubbles(Tracking)).ToHaveCountAsync(2, new LocatorAssertionsToHaveCountOptions { Timeout = Timeout });
        await SaveScreenshotAsync(buyer, "buyer.png");
    }

    [Fact]
    public async Task Script_and_image_payloads_typed_by_a_buyer_show_as_plain_text_in_the_agent_console()
    {
        await using var agentContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        await using var buyerContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var agent = await SignInAsync(agentContext, AgentTestHost.KeyB);
        var buyer = await buyerContext.NewPageAsync();
        await buyer.GotoAsync(host.Address.ToString());
        await buyer.BubbleMatching(Welcome()).WaitForAsync(Wait);
        var conversationId = await buyer.Locator("#webchat").GetAttributeAsync("data-conversation-id");

        await buyer.SayAndWaitForAsync("人工客服", buyer.BubbleMatching(QueuedNotice()), Timeout);
        await buyer.SayAsync(ScriptPayload);
        await buyer.SayAsync(ImagePayload);
        await Assertions.Expect(agent.Locator($"#queue li[data-conversation-id='{conversationId}']")).ToContainTextAsync("留言 2 条", new LocatorAssertionsToContainTextOptions { Timeout = Timeout });
        await agent.Locator($"#queue li[data-conversation-id='{conversationId}'] button.claim").ClickAsync();
        await agent.Locator("#transcript .text", new PageLocatorOptions { HasText = "图片" }).WaitForAsync(Wait);

        var texts = await agent.Locator("#transcript .from-buyer .text").AllTextContentsAsync();
        Assert.Contains(ScriptPayload, texts);
        Assert.Contains(ImagePayload, texts);
        Assert.Equal(0, await agent.Locator("#transcript img, #transcript script").CountAsync());
        Assert.Null(await agent.EvaluateAsync<string?>("() => window.__pwned ?? null"));
        Assert.NotEqual("pwned", await agent.TitleAsync());
    }

    [Fact]
    public async Task Console_page_is_served_with_a_strict_content_security_policy_and_no_inline_script()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(new Uri(host.Address, "agent/").ToString());

        var policy = await response!.HeaderValueAsync("content-security-policy");
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("script:not([src])").CountAsync());
        Assert.Equal(0, await page.Locator("[onclick], [onload], [onerror], [onsubmit], [style]").CountAsync());
        await Assertions.Expect(page.Locator("#sign-in-form")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_key_is_refused_on_the_sign_in_form()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.Address, "agent/").ToString());

        await page.Locator("#agent-key").FillAsync("definitely-not-a-valid-key");
        await page.Locator("#sign-in-button").ClickAsync();

        await Assertions.Expect(page.Locator("#sign-in-error")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = Timeout });
        Assert.True(await page.Locator("#desk").IsHiddenAsync());
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('shopbot.agentKey')"));
    }

    private static LocatorWaitForOptions Wait => new() { Timeout = Timeout };

    private async Task<IPage> SignInAsync(IBrowserContext context, string key = AgentTestHost.KeyA)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.Address, "agent").ToString());
        await page.Locator("#agent-key").FillAsync(key);
        await page.Locator("#sign-in-button").ClickAsync();
        await page.Locator("#desk").WaitForAsync(Wait);
        await Assertions.Expect(page.Locator("#presence")).ToHaveValueAsync("online");
        await Assertions.Expect(page.Locator("#stream-state")).ToHaveClassAsync(new Regex("live"), new LocatorAssertionsToHaveClassOptions { Timeout = Timeout });
        return page;
    }

    /// <summary>The README's screenshots of the buyer page and the agent console come from this real conversation.</summary>
    private static async Task SaveScreenshotAsync(IPage page, string fileName)
    {
        var screenshots = Path.Combine(RepositoryRoot.Path, "docs", "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, fileName), FullPage = true });
    }

    // Every wording of the welcome greets or welcomes.
    [GeneratedRegex("欢迎|您好")]
    private static partial Regex Welcome();

    // Every wording of the queue notice names the position: 第1位.
    [GeneratedRegex(@"第\d+位")]
    private static partial Regex QueuedNotice();
}

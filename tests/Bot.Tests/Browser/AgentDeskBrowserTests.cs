using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ShopBot.Bot.Tests.Agents;

namespace ShopBot.Bot.Tests.Browser;

/// <summary>The agent's desk in real Chromium: unread badges and the tab title, Enter to send, the answer countdown and its warning, and a draft that survives a timed-out chat.</summary>
public sealed partial class AgentDeskBrowserTests(DeskKestrelHost host, BrowserFixture chromium) : IClassFixture<DeskKestrelHost>, IClassFixture<BrowserFixture>
{
    private const float Timeout = 30_000;
    private const string Draft = "亲，正在帮您联系仓库核实，请稍等";

    [Fact]
    public async Task Unread_badge_and_title_count_then_a_countdown_warns_and_a_timed_out_chat_keeps_its_draft()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 860 } });
        var page = await SignInAsync(context);
        Assert.Equal("测试客服甲", await page.Locator("#agent-name").TextContentAsync());

        // Two buyers, both claimed: the second is on screen.
        using var http = host.NewClient();
        var first = await QueuedBuyerAsync(http, "一只小兔叽");
        await ClaimInConsoleAsync(page, first.ConversationId);
        var second = await QueuedBuyerAsync(http, "橙子不酸");
        await ClaimInConsoleAsync(page, second.ConversationId);

        // The first buyer writes: a badge on their chat and a count in the tab title; opening the chat clears both.
        await first.SayAsync("还在吗？");
        var firstItem = page.Locator("#mine li", new PageLocatorOptions { Has = page.Locator($"[data-conversation-id='{first.ConversationId}']") });
        await Assertions.Expect(firstItem.Locator(".unread")).ToHaveTextAsync("1", new LocatorAssertionsToHaveTextOptions { Timeout = Timeout });
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex(@"^\(1\) 客服工作台"), new PageAssertionsToHaveTitleOptions { Timeout = Timeout });
        await firstItem.Locator("button").ClickAsync();
        await Assertions.Expect(firstItem.Locator(".unread")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = Timeout });
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex(@"^客服工作台"), new PageAssertionsToHaveTitleOptions { Timeout = Timeout });

        // Shift+Enter breaks the line, Enter sends.
        var reply = page.Locator("#reply-text");
        await reply.FillAsync("亲，在的");
        await reply.PressAsync("Shift+Enter");
        await reply.PressSequentiallyAsync("马上帮您查");
        Assert.Equal("亲，在的\n马上帮您查", await reply.InputValueAsync());
        await Assertions.Expect(page.Locator("#send-button")).ToBeEnabledAsync(new LocatorAssertionsToBeEnabledOptions { Timeout = Timeout });
        await reply.PressAsync("Enter");
        await page.Locator("#transcript .from-agent .text", new PageLocatorOptions { HasText = "马上帮您查" }).WaitForAsync(Wait);
        await Assertions.Expect(reply).ToHaveValueAsync("");

        // The second buyer still waits: a countdown, then the warning, then the chat goes back to the queue.
        var secondItem = page.Locator("#mine li", new PageLocatorOptions { Has = page.Locator($"[data-conversation-id='{second.ConversationId}']") });
        await secondItem.Locator("button").ClickAsync();
        // The draft belongs to the chat on screen: type only once the second chat is open.
        await Assertions.Expect(page.Locator("#conversation")).ToHaveAttributeAsync("data-conversation-id", second.ConversationId, new LocatorAssertionsToHaveAttributeOptions { Timeout = Timeout });
        await reply.FillAsync(Draft);
        var clock = page.Locator("#answer-clock");
        await Assertions.Expect(clock).ToContainTextAsync("还剩", new LocatorAssertionsToContainTextOptions { Timeout = Timeout });
        Assert.DoesNotMatch("warning", await clock.GetAttributeAsync("class") ?? "");
        await SaveScreenshotAsync(page, "agent-desk-countdown.png");
        await Assertions.Expect(clock).ToHaveClassAsync(new Regex("warning"), new LocatorAssertionsToHaveClassOptions { Timeout = Timeout });
        await Assertions.Expect(clock).ToContainTextAsync("转回队列");
        await Assertions.Expect(secondItem.Locator(".countdown")).ToHaveClassAsync(new Regex("warning"));
        await SaveScreenshotAsync(page, "agent-desk-warning.png");

        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("超时", new LocatorAssertionsToContainTextOptions { Timeout = Timeout });
        Assert.Contains("草稿", await page.Locator("#notice").TextContentAsync(), StringComparison.Ordinal);
        await Assertions.Expect(secondItem).ToHaveCountAsync(0);
        Assert.Contains(await second.BotTextsAsync(), t => t.Contains("优先", StringComparison.Ordinal) && !t.Contains("离开", StringComparison.Ordinal));

        // Claimed again, the chat comes back with the draft in the reply box.
        await ClaimInConsoleAsync(page, second.ConversationId);
        await Assertions.Expect(reply).ToHaveValueAsync(Draft, new LocatorAssertionsToHaveValueOptions { Timeout = Timeout });
    }

    [Fact]
    public async Task A_chat_goes_to_a_colleague_who_accepts_it_and_reads_the_notes_the_buyer_never_sees()
    {
        const string Note = "内部备注：买家很急，已催过仓库";
        await using var contextA = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 860 } });
        await using var contextB = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 860 } });
        var a = await SignInAsync(contextA);
        var b = await SignInAsync(contextB, AgentTestHost.KeyB);
        using var http = host.NewClient();
        await new AgentApiClient(host.NewClient(), AgentTestHost.KeyA).GetAsync(HttpMethod.Put, "presence", """{"presence":"online","capacity":10}""", ShopBot.Bot.Agents.AgentJsonContext.Default.AgentProfile);
        var buyer = await QueuedBuyerAsync(http, "tb_lily88");
        await ClaimInConsoleAsync(a, buyer.ConversationId);

        // Alt+1 puts the first canned reply into the reply box.
        await a.Locator("#canned .chip").First.WaitForAsync(Wait);
        await a.Keyboard.PressAsync("Alt+Digit1");
        Assert.Equal(await a.Locator("#canned .chip").First.GetAttributeAsync("title"), await a.Locator("#reply-text").InputValueAsync());

        await a.Locator("#note-text").FillAsync(Note);
        await a.Locator("#add-note").ClickAsync();
        await a.Locator("#notes .note-text", new PageLocatorOptions { HasText = Note }).WaitForAsync(Wait);

        await a.Locator("#transfer-button").ClickAsync();
        await Assertions.Expect(a.Locator($"#transfer-to option[value='{AgentTestHost.AgentB}']")).ToBeEnabledAsync(new LocatorAssertionsToBeEnabledOptions { Timeout = Timeout });
        await a.Locator("#transfer-to").SelectOptionAsync(AgentTestHost.AgentB);
        await a.Locator("#transfer-send").ClickAsync();
        await Assertions.Expect(a.Locator("#notice")).ToContainTextAsync("测试客服乙", new LocatorAssertionsToContainTextOptions { Timeout = Timeout });

        var offer = b.Locator($"#offers li[data-conversation-id='{buyer.ConversationId}']");
        await Assertions.Expect(offer).ToContainTextAsync("测试客服甲", new LocatorAssertionsToContainTextOptions { Timeout = Timeout });
        await offer.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "接受" }).ClickAsync();
        await Assertions.Expect(b.Locator("#conversation")).ToHaveAttributeAsync("data-conversation-id", buyer.ConversationId, new LocatorAssertionsToHaveAttributeOptions { Timeout = Timeout });
        await b.Locator("#notes .note-text", new PageLocatorOptions { HasText = Note }).WaitForAsync(Wait);
        await Assertions.Expect(offer).ToHaveCountAsync(0);

        await Assertions.Expect(a.Locator($"#mine [data-conversation-id='{buyer.ConversationId}']")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = Timeout });
        await Assertions.Expect(a.Locator("#notice")).ToContainTextAsync("已不在您这里", new LocatorAssertionsToContainTextOptions { Timeout = Timeout });
        var told = await buyer.BotTextsAsync();
        Assert.Contains(told, t => t.Contains("测试客服乙", StringComparison.Ordinal));
        Assert.DoesNotContain(told, t => t.Contains(AgentTestHost.AgentB, StringComparison.Ordinal));
        Assert.DoesNotContain(told, t => t.Contains("仓库", StringComparison.Ordinal));
        await SaveScreenshotAsync(b, "agent-desk-transfer.png");
    }

    private static LocatorWaitForOptions Wait => new() { Timeout = Timeout };

    private async Task<IPage> SignInAsync(IBrowserContext context, string key = AgentTestHost.KeyA)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.Address, "agent").ToString());
        await page.Locator("#agent-key").FillAsync(key);
        await page.Locator("#sign-in-button").ClickAsync();
        await page.Locator("#desk").WaitForAsync(Wait);
        await Assertions.Expect(page.Locator("#stream-state")).ToHaveClassAsync(new Regex("live"), new LocatorAssertionsToHaveClassOptions { Timeout = Timeout });
        return page;
    }

    private static async Task<TestBuyer> QueuedBuyerAsync(HttpClient http, string buyerId)
    {
        var buyer = await TestBuyer.StartAsync(http, buyerId);
        await buyer.SayAsync("人工客服");
        return buyer;
    }

    private static async Task ClaimInConsoleAsync(IPage page, string conversationId)
    {
        var queued = page.Locator($"#queue li[data-conversation-id='{conversationId}']");
        await queued.WaitForAsync(Wait);
        await queued.Locator("button.claim").ClickAsync();
        await Assertions.Expect(page.Locator("#conversation")).ToHaveAttributeAsync("data-conversation-id", conversationId, new LocatorAssertionsToHaveAttributeOptions { Timeout = Timeout });
    }

    private static async Task SaveScreenshotAsync(IPage page, string fileName)
    {
        var screenshots = Path.Combine(RepositoryRoot.Path, "docs", "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, fileName) });
    }
}

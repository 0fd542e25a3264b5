using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ShopBot.Bot.Tests.Agents;
using ShopBot.Bot.Tests.Attachments;
using ShopBot.Bot.Tests.Finance;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Bot.Tests.Browser;

/// <summary>
/// The whole after-sales loop in real Chromium, in one go: a buyer's photo of a broken bowl reaches the agent, who
/// opens it, answers under their own name and avatar, settles the return with a refund and postage and closes; the
/// buyer reads the outcome and rates with a star button; the day's register lists the amounts.
/// </summary>
public sealed partial class AfterSalesLoopTests(AgentKestrelHost host, BrowserFixture chromium) : IClassFixture<AgentKestrelHost>, IClassFixture<BrowserFixture>
{
    private const float Timeout = 60_000;
    private const string Answer = "亲，照片收到了，碗确实碎了，马上给您处理退款。";

    [Fact]
    public async Task A_photo_of_a_broken_bowl_is_seen_settled_with_a_refund_and_postage_rated_with_a_star_and_listed_in_the_register()
    {
        // The host trains its intent model at first use; on a busy machine that alone can outlast a page's wait.
        _ = await Task.Run(() => host.Services.GetRequiredService<IntentModelHost>().Current);
        await using var agentContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await using var buyerContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 900, Height = 900 } });
        var agent = await SignInAsync(agentContext);
        agent.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        var buyer = await buyerContext.NewPageAsync();
        await PutFirstAsync(buyer, "橙子不酸");

        // The buyer reports a broken bowl and sends the photo the bot asks for, from Web Chat's upload button: it goes
        // as it is chosen and shows in the buyer's own bubble.
        await buyer.GotoAsync(host.Address.ToString());
        await buyer.BubbleMatching(Welcome()).WaitForAsync(Wait);
        var conversationId = await buyer.Locator("#webchat").GetAttributeAsync("data-conversation-id");
        await buyer.SayAndWaitForAsync("收到的碗碎了两个 要退货", buyer.BubbleMatching(AsksForPhoto()), Timeout);
        await buyer.Locator("#webchat input[type=file]").SetInputFilesAsync(new FilePayload { Name = "碗碎了.png", MimeType = "image/png", Buffer = TestPhotos.BrokenBowl });
        await buyer.Locator("#webchat .webchat__stacked-layout--from-user img").First.WaitForAsync(Wait);

        // The agent claims the queued chat, sees the photo as a thumbnail on the case, and opens it full size.
        var queued = agent.Locator($"#queue li[data-conversation-id='{conversationId}']");
        await queued.WaitForAsync(Wait);
        await queued.Locator("button.claim").ClickAsync();
        var caseItem = agent.Locator("#cases li", new PageLocatorOptions { Has = agent.Locator(".photo-thumb img[src^='blob:']") }).First;
        await caseItem.WaitForAsync(Wait);
        await caseItem.Locator(".photo-thumb").First.ClickAsync();
        var full = agent.Locator("#photo-viewer[open] #photo-full");
        await full.WaitForAsync(Wait);
        Assert.True(await full.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 480 && img.getBoundingClientRect().width >= 480"));
        await full.ClickAsync();
        await Assertions.Expect(agent.Locator("#photo-viewer")).Not.ToHaveAttributeAsync("open", string.Empty, new LocatorAssertionsToHaveAttributeOptions { Timeout = Timeout });

        // The agent answers: the buyer sees a person's avatar beside the reply (its own group, its timestamp kept), not
        // the bot's, after the notice that named the agent.
        await agent.Locator("#reply-text").FillAsync(Answer);
        await Assertions.Expect(agent.Locator("#send-button")).ToBeEnabledAsync(new LocatorAssertionsToBeEnabledOptions { Timeout = Timeout });
        await agent.Locator("#send-button").ClickAsync();
        await buyer.BubbleMatching(new Regex(Regex.Escape(Answer))).WaitForAsync(Wait);
        var agentAvatar = buyer.Locator("#webchat .webchat__stacked-layout__avatar-gutter", new PageLocatorOptions { HasText = "人工" }).Last;
        await agentAvatar.WaitForAsync(Wait);
        var botAvatar = buyer.Locator("#webchat .webchat__initialsAvatar:not(.webchat__initialsAvatar--fromUser)").First;
        Assert.Equal("客服", (await botAvatar.TextContentAsync())?.Trim());
        Assert.NotEqual(await BackgroundAsync(botAvatar), await BackgroundAsync(agentAvatar));
        await buyer.Bubble("测试客服甲").WaitForAsync(Wait);
        var reply = buyer.Locator("#webchat .webchat__stacked-layout").Last;
        Assert.Contains(Answer, await reply.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("人工", (await reply.Locator(".webchat__stacked-layout__main .webchat__stacked-layout__avatar-gutter").TextContentAsync())?.Trim());
        await Assertions.Expect(reply.Locator(".webchat__stacked-layout__status")).ToContainTextAsync("发送", new LocatorAssertionsToContainTextOptions { Timeout = Timeout });

        // The agent settles the return: refund and return postage, with a note.
        var caseId = (await caseItem.GetAttributeAsync("data-case-id"))!;
        await caseItem.Locator("button.settle-open").ClickAsync();
        await agent.Locator("#settle-outcome").SelectOptionAsync("refunded");
        await agent.Locator("#settle-refund").FillAsync("39.9");
        await agent.Locator("#settle-postage").FillAsync("12");
        await agent.Locator("#settle-note").FillAsync("碎了两个，按两个退款，退回运费");
        await agent.Locator("#settle-submit").ClickAsync();
        await Assertions.Expect(agent.Locator("#settle-result")).ToContainTextAsync("退款 ¥39.90 · 运费 ¥12.00", new LocatorAssertionsToContainTextOptions { Timeout = Timeout });

        // The buyer reads the outcome in plain words, from the agent (in the agent's group, not under the bot's 客服
        // avatar), then the agent closes and the buyer rates with the five-star button, once.
        var outcome = buyer.Bubble("退款39.90元");
        await outcome.WaitForAsync(Wait);
        Assert.Contains("运费12.00元", await outcome.TextContentAsync(), StringComparison.Ordinal);
        var told = buyer.Locator("#webchat .webchat__stacked-layout", new PageLocatorOptions { HasText = "退款39.90元" }).Last;
        Assert.Equal(0, await told.Locator(".webchat__initialsAvatar").CountAsync());
        await agent.Locator("#close-button").ClickAsync();
        await agent.Locator("#placeholder").WaitForAsync(Wait);
        var fiveStars = buyer.Locator("button.webchat__suggested-actions__button", new PageLocatorOptions { HasText = "★★★★★" });
        await fiveStars.WaitForAsync(Wait);
        await fiveStars.ClickAsync();
        await buyer.BubbleMatching(Thanked()).WaitForAsync(Wait);
        await Assertions.Expect(fiveStars).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = Timeout });
        await SaveScreenshotAsync(buyer, "buyer-loop.png");

        // The day's register lists the settlement with its amounts and totals.
        var settled = await host.Services.GetRequiredService<ICaseStore>().GetAsync(caseId);
        var date = ShanghaiTime.DateOf(settled!.ResolvedAt!.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = host.Address };
        var lines = await RegisterEndpointTests.DownloadAsync(http, date, AgentTestHost.KeyA);
        Assert.EndsWith($",12.00,39.90,0.00,{AgentTestHost.AgentA},{caseId},已处理,已退款", Assert.Single(lines, l => l.Contains(caseId, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.StartsWith("合计,,,12.00,39.90,0.00", lines[^1], StringComparison.Ordinal);
        Assert.Equal(5, (await host.Services.GetRequiredService<ShopBot.Handoff.BuyerHandoff>().GetRoutingAsync(conversationId!)).Rating);
    }

    private static LocatorWaitForOptions Wait => new() { Timeout = Timeout };

    private static Task<string> BackgroundAsync(ILocator locator) => locator.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");

    /// <summary>The page starts with the first sample buyer, so the one this story needs is put first.</summary>
    private static Task PutFirstAsync(IPage page, string buyerId) =>
        page.RouteAsync("**/api/buyer/config", async route =>
        {
            var original = await route.FetchAsync();
            var config = JsonNode.Parse(await original.TextAsync())!.AsObject();
            var buyers = config["sampleBuyers"]!.AsArray();
            var wanted = buyers.Single(b => (string?)b!["id"] == buyerId)!;
            buyers.Remove(wanted);
            buyers.Insert(0, wanted);
            await route.FulfillAsync(new RouteFulfillOptions { Response = original, Body = config.ToJsonString() });
        });

    private async Task<IPage> SignInAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.Address, "agent").ToString());
        await page.Locator("#agent-key").FillAsync(AgentTestHost.KeyA);
        await page.Locator("#sign-in-button").ClickAsync();
        await page.Locator("#desk").WaitForAsync(Wait);
        await Assertions.Expect(page.Locator("#presence")).ToHaveValueAsync("online");
        await Assertions.Expect(page.Locator("#stream-state")).ToHaveClassAsync(new Regex("live"), new LocatorAssertionsToHaveClassOptions { Timeout = Timeout });
        return page;
    }

    /// <summary>The README's screenshot of the buyer's side comes from this real conversation.</summary>
    private static async Task SaveScreenshotAsync(IPage page, string fileName)
    {
        var screenshots = Path.Combine(RepositoryRoot.Path, "docs", "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, fileName), FullPage = true });
    }

    [GeneratedRegex("欢迎|您好")]
    private static partial Regex Welcome();

    [GeneratedRegex("照片|图片")]
    private static partial Regex AsksForPhoto();

    [GeneratedRegex("谢谢亲的评价|收到您的评分")]
    private static partial Regex Thanked();
}

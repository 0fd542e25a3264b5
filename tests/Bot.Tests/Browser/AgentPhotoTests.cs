using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ShopBot.Bot.Tests.Agents;
using ShopBot.Bot.Tests.Attachments;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.Tests.Browser;

/// <summary>A buyer sends a photo of a broken bowl in Web Chat; the agent sees it in the console, opens it, and sends an image back.</summary>
public sealed partial class AgentPhotoTests(AgentKestrelHost host, BrowserFixture chromium) : IClassFixture<AgentKestrelHost>, IClassFixture<BrowserFixture>
{
    private const float Timeout = 60_000;

    [Fact]
    public async Task Agent_sees_the_buyers_photo_as_a_thumbnail_opens_it_full_size_and_sends_an_image_the_buyer_sees()
    {
        // The host trains its intent model at first use; on a busy machine that alone can outlast a page's wait.
        _ = await Task.Run(() => host.Services.GetRequiredService<IntentModelHost>().Current);
        await using var agentContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 820 } });
        await using var buyerContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 900, Height = 720 } });
        var agent = await SignInAsync(agentContext);
        var agentViolations = Violations(agent);
        var buyer = await buyerContext.NewPageAsync();
        var buyerViolations = Violations(buyer);

        // 橙子不酸 reports a broken bowl; the bot asks for a photo, and she sends one from Web Chat. (The page starts with
        // the first sample buyer, so she is put first: switching buyers on the page leaves Web Chat blank today.)
        await buyer.RouteAsync("**/api/buyer/config", async route =>
        {
            var original = await route.FetchAsync();
            var config = JsonNode.Parse(await original.TextAsync())!.AsObject();
            var buyers = config["sampleBuyers"]!.AsArray();
            var her = buyers.Single(b => (string?)b!["id"] == "橙子不酸")!;
            buyers.Remove(her);
            buyers.Insert(0, her);
            await route.FulfillAsync(new RouteFulfillOptions { Response = original, Body = config.ToJsonString() });
        });
        await buyer.GotoAsync(host.Address.ToString());
        await buyer.BubbleMatching(Welcome()).WaitForAsync(Wait);
        var conversationId = await buyer.Locator("#webchat").GetAttributeAsync("data-conversation-id");
        await buyer.SayAndWaitForAsync("收到的碗碎了两个", buyer.BubbleMatching(AsksForPhoto()), Timeout);
        await buyer.Locator("#webchat input[type=file]").SetInputFilesAsync(new FilePayload { Name = "碗碎了.png", MimeType = "image/png", Buffer = TestPhotos.BrokenBowl });
        await buyer.Locator("#webchat .webchat__stacked-layout--from-user img").First.WaitForAsync(Wait);

        // The return case queues her for a person; the agent claims and sees the photo in the transcript and on the case.
        var queued = agent.Locator($"#queue li[data-conversation-id='{conversationId}']");
        await queued.WaitForAsync(Wait);
        await queued.Locator("button.claim").ClickAsync();
        var thumbnail = agent.Locator("#transcript .from-buyer .photo-thumb img[src^='blob:']");
        await thumbnail.WaitForAsync(Wait);
        await agent.Locator("#cases .photo-thumb img[src^='blob:']").WaitForAsync(Wait);
        Assert.True(await thumbnail.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 480 && img.naturalHeight === 360"));
        await SaveScreenshotAsync(agent, "agent-photos.png");

        // Clicking the thumbnail opens the photo full size; clicking it again closes it.
        await agent.Locator("#transcript .photo-thumb").First.ClickAsync();
        var full = agent.Locator("#photo-viewer[open] #photo-full");
        await full.WaitForAsync(Wait);
        Assert.True(await full.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 480 && img.getBoundingClientRect().width >= 480"));
        await SaveScreenshotAsync(agent, "agent-photo-full.png");
        await full.ClickAsync();
        await Assertions.Expect(agent.Locator("#photo-viewer")).Not.ToHaveAttributeAsync("open", string.Empty, new LocatorAssertionsToHaveAttributeOptions { Timeout = Timeout });

        // The agent sends the return address as an image; the buyer's Web Chat shows it, loaded under the page's policy.
        await agent.Locator("#image-file").SetInputFilesAsync(new FilePayload { Name = "退货地址.png", MimeType = "image/png", Buffer = TestPhotos.ReturnAddress });
        await agent.Locator("#transcript .from-agent .photo-thumb img[src^='blob:']").WaitForAsync(Wait);
        var shown = buyer.Locator("#webchat img[src*='/attachments/']").Last;
        await Assertions.Expect(shown).ToHaveJSPropertyAsync("naturalWidth", 320, new LocatorAssertionsToHaveJSPropertyOptions { Timeout = Timeout });
        await SaveScreenshotAsync(buyer, "buyer-agent-image.png");

        Assert.Empty(agentViolations);
        Assert.Empty(buyerViolations);
    }

    private static LocatorWaitForOptions Wait => new() { Timeout = Timeout };

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

    /// <summary>Content-Security-Policy refusals and uncaught page errors, as they happen.</summary>
    private static List<string> Violations(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        page.PageError += (_, error) => violations.Add(error);
        return violations;
    }

    /// <summary>README screenshots come from this real conversation.</summary>
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
}

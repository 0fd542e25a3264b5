using Microsoft.Playwright;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Tests.Channels;

namespace ShopBot.Bot.Tests.Browser;

[Collection(KestrelHostCollection.Name)]
public sealed class BuyerPageTests(KestrelHostFixture host, BrowserFixture chromium) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 20_000;

    [Fact]
    public async Task Buyer_in_the_real_web_chat_page_sends_a_message_and_sees_the_reply()
    {
        var browser = await StartBrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 900, Height = 720 } });
        var page = await context.NewPageAsync();
        var violations = SecurityPolicyViolations(page);

        await page.GotoAsync(host.Address.ToString());
        var sendBox = page.SendBox();
        await sendBox.WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        await page.Bubble(TestBot.Greeting).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        await page.SayAndWaitForAsync("我的快递到哪了", page.Bubble("你说：我的快递到哪了"), Timeout);
        Assert.Equal("青柚家居旗舰店 · 在线客服", await page.Locator("#shop-name").TextContentAsync());
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        var placeholder = await sendBox.GetAttributeAsync("placeholder");
        Assert.Matches("[\u4e00-\u9fff]", placeholder ?? string.Empty);
        Assert.Equal(6, await page.Locator("#buyer-select option").CountAsync());
        Assert.Empty(violations);

    }

    [Fact]
    public async Task Queue_message_sent_outside_a_turn_appears_in_the_page_and_buyer_html_is_shown_as_text()
    {
        var browser = await StartBrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.Address.ToString());
        await page.Bubble(TestBot.Greeting).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        var conversationId = await page.Locator("#webchat").GetAttributeAsync("data-conversation-id");

        await host.Services.SendToConversationAsync(conversationId!, Activity.CreateMessage("您前面还有 1 位买家，客服马上就来。"));
        await page.Bubble("您前面还有 1 位买家，客服马上就来。").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        await page.SayAndWaitForAsync("<img src=x onerror=\"document.title='pwned'\">看图", page.Bubble("你说："), Timeout);

        Assert.Contains("<img src=x", await page.Bubble("你说：").TextContentAsync(), StringComparison.Ordinal);
        Assert.NotEqual("pwned", await page.TitleAsync());
        Assert.Equal(0, await page.Locator("#webchat img[src='x']").CountAsync());
    }

    [Fact]
    public async Task A_chosen_photo_is_sent_at_once_and_shows_as_a_thumbnail_in_the_buyers_own_bubble()
    {
        var browser = await StartBrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        var violations = SecurityPolicyViolations(page);
        await page.GotoAsync(host.Address.ToString());
        await page.Bubble(TestBot.Greeting).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });

        await page.Locator("#webchat input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "破损.png",
            MimeType = "image/png",
            Buffer = TestPng,
        });

        // No send button pressed: the photo goes as it is chosen.
        await page.Bubble("收到1张图片").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        var thumbnail = page.Locator("#webchat .webchat__stacked-layout--from-user img").First;
        await thumbnail.WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        var loaded = await thumbnail.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0");
        Assert.True(loaded, "the buyer's own bubble shows the photo");
        Assert.Equal(0, await page.Locator("#webchat .webchat__stacked-layout--from-user .webchat__fileContent").CountAsync());
        Assert.Empty(violations);
    }

    [Fact]
    public async Task Switching_the_sample_buyer_starts_a_fresh_conversation_in_a_clean_pane_that_chats()
    {
        var browser = await StartBrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        var violations = SecurityPolicyViolations(page);
        await page.GotoAsync(host.Address.ToString());
        await page.Bubble(TestBot.Greeting).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        await page.SayAndWaitForAsync("第一个买家的话", page.Bubble("你说：第一个买家的话"), Timeout);
        var first = await page.Locator("#webchat").GetAttributeAsync("data-conversation-id");

        await page.Locator("#buyer-select").SelectOptionAsync(new SelectOptionValue { Index = 2 });
        await page.WaitForFunctionAsync($"document.querySelector('#webchat').dataset.conversationId !== '{first}'", null, new PageWaitForFunctionOptions { Timeout = Timeout });
        await page.Bubble(TestBot.Greeting).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        await page.SayAndWaitForAsync("第二个买家的话", page.Bubble("你说：第二个买家的话"), Timeout);

        Assert.Equal(0, await page.GetByText("第一个买家的话").CountAsync());
        Assert.Equal(1, await page.Locator("[data-id='webchat-sendbox-input']").CountAsync());
        Assert.Empty(violations);
    }

    [Fact]
    public async Task A_reload_rejoins_the_same_conversation_and_shows_it_once()
    {
        var browser = await StartBrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.Address.ToString());
        await page.Bubble(TestBot.Greeting).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        await page.SayAndWaitForAsync("刷新之前说的", page.Bubble("你说：刷新之前说的"), Timeout);
        var before = await page.Locator("#webchat").GetAttributeAsync("data-conversation-id");

        await page.ReloadAsync();
        await page.Bubble("你说：刷新之前说的").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        await page.SayAndWaitForAsync("刷新之后说的", page.Bubble("你说：刷新之后说的"), Timeout);

        Assert.Equal(before, await page.Locator("#webchat").GetAttributeAsync("data-conversation-id"));
        Assert.Equal(1, await page.GetByRole(AriaRole.Paragraph).Filter(new LocatorFilterOptions { HasText = TestBot.Greeting }).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Paragraph).Filter(new LocatorFilterOptions { HasText = "你说：刷新之前说的" }).CountAsync());
    }

    [Fact]
    public async Task On_a_phone_the_header_is_one_line_suggested_replies_wrap_and_the_agent_button_is_in_reach()
    {
        var browser = await StartBrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 3,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.Address.ToString());
        await page.Bubble(TestBot.Greeting).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        var conversationId = await page.Locator("#webchat").GetAttributeAsync("data-conversation-id");
        var offer = Activity.CreateMessage("请选择您要办理的业务：");
        offer.SuggestedActions = new SuggestedActions
        {
            Actions = [.. new[] { "查物流", "催发货", "申请退款", "开发票", "质量问题", "人工客服" }.Select(CardAction.ImBack)],
        };
        await host.Services.SendToConversationAsync(conversationId!, offer);
        var agentSuggestion = page.Locator("#webchat button").Filter(new LocatorFilterOptions { HasText = "人工客服" }).First;
        await agentSuggestion.WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });

        var header = (await page.Locator(".shop-bar").BoundingBoxAsync())!;
        var title = (await page.Locator("#shop-name").BoundingBoxAsync())!;
        var lineHeight = await page.Locator("#shop-name").EvaluateAsync<float>("e => parseFloat(getComputedStyle(e).lineHeight) || parseFloat(getComputedStyle(e).fontSize) * 1.5");
        var suggestion = (await agentSuggestion.BoundingBoxAsync())!;
        var agentButton = (await page.Locator("#agent-button").BoundingBoxAsync())!;

        Assert.True(header.Height < 64, $"the header is {header.Height}px high");
        Assert.True(title.Height <= lineHeight * 1.2, $"the shop name takes {title.Height}px for a {lineHeight}px line");
        Assert.InRange(suggestion.X + suggestion.Width, 0, 390);
        Assert.InRange(agentButton.X + agentButton.Width, 0, 390);
        Assert.InRange(agentButton.Y + agentButton.Height, 0, 844);
        await page.Locator("#agent-button").ClickAsync();
        await page.Bubble("你说：人工客服").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
    }

    private static byte[] TestPng { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>What the browser refuses under the page's Content-Security-Policy, and uncaught page errors, as they happen.</summary>
    private static List<string> SecurityPolicyViolations(IPage page)
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

    private Task<IBrowser> StartBrowserAsync() => Task.FromResult(chromium.Browser);
}

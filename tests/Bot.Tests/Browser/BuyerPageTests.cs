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
        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        await Bubble(page, TestBot.Greeting).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        await sendBox.FillAsync("我的快递到哪了");
        await sendBox.PressAsync("Enter");

        await Bubble(page, "你说：我的快递到哪了").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
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
        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await Bubble(page, TestBot.Greeting).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        var conversationId = await page.Locator("#webchat").GetAttributeAsync("data-conversation-id");

        var messenger = (IConversationMessenger)host.Services.GetService(typeof(IConversationMessenger))!;
        await messenger.SendToConversationAsync(conversationId!, Activity.CreateMessage("您前面还有 1 位买家，客服马上就来。"));
        await Bubble(page, "您前面还有 1 位买家，客服马上就来。").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        await sendBox.FillAsync("<img src=x onerror=\"document.title='pwned'\">看图");
        await sendBox.PressAsync("Enter");
        await Bubble(page, "你说：").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });

        Assert.Contains("<img src=x", await Bubble(page, "你说：").TextContentAsync(), StringComparison.Ordinal);
        Assert.NotEqual("pwned", await page.TitleAsync());
        Assert.Equal(0, await page.Locator("#webchat img[src='x']").CountAsync());
    }

    [Fact]
    public async Task Buyer_uploads_a_photo_through_web_chat_and_the_bot_receives_it_as_an_attachment()
    {
        var browser = await StartBrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        var violations = SecurityPolicyViolations(page);
        await page.GotoAsync(host.Address.ToString());
        await Bubble(page, TestBot.Greeting).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });

        await page.Locator("#webchat input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "破损.png",
            MimeType = "image/png",
            Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
        });

        // Web Chat 4.18 keeps a chosen file in the send box (the clip icon gets a check mark) until the buyer presses send.
        await page.Locator("#webchat .webchat__attachment-icon--checked").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        await page.Locator("#webchat button.webchat__send-button").ClickAsync();
        await Bubble(page, "收到1张图片").WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        Assert.Empty(violations);
    }

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

    /// <summary>The message bubble showing the text (Web Chat also repeats it in hidden screen-reader labels).</summary>
    private static ILocator Bubble(IPage page, string text) => page.GetByRole(AriaRole.Paragraph).Filter(new LocatorFilterOptions { HasText = text }).First;

    private Task<IBrowser> StartBrowserAsync() => Task.FromResult(chromium.Browser);
}

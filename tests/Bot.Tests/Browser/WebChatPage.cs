using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ShopBot.Bot.Tests.Browser;

/// <summary>The buyer page's Web Chat as the browser tests drive it: the send box, the bubbles, and a buyer saying a line.</summary>
internal static class WebChatPage
{
    private const string BotBubbleSelector = "#webchat .webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble";

    public static ILocator SendBox(this IPage page) => page.Locator("[data-id='webchat-sendbox-input']");

    /// <summary>Every message bubble showing the text (Web Chat also repeats it in hidden screen-reader labels).</summary>
    public static ILocator Bubbles(this IPage page, string text) =>
        page.GetByRole(AriaRole.Paragraph).Filter(new LocatorFilterOptions { HasText = text });

    /// <summary>The first message bubble showing the text.</summary>
    public static ILocator Bubble(this IPage page, string text) => page.Bubbles(text).First;

    /// <summary>The first message bubble whose text matches.</summary>
    public static ILocator BubbleMatching(this IPage page, Regex pattern) =>
        page.GetByRole(AriaRole.Paragraph).Filter(new LocatorFilterOptions { HasTextRegex = pattern }).First;

    /// <summary>Every bubble of the bot's (and agents') side of the conversation.</summary>
    public static ILocator BotBubbles(this IPage page) => page.Locator(BotBubbleSelector);

    /// <summary>Types the line into Web Chat's send box and presses Enter, as a buyer does.</summary>
    public static async Task SayAsync(this IPage page, string text)
    {
        var sendBox = page.SendBox();
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
    }

    /// <summary>Says the line and waits until <paramref name="answer"/> (a bubble) shows.</summary>
    public static async Task SayAndWaitForAsync(this IPage page, string text, ILocator answer, float timeout)
    {
        await page.SayAsync(text);
        await answer.WaitForAsync(new LocatorWaitForOptions { Timeout = timeout });
    }

    /// <summary>Says the line and waits until the bot's side shows one more bubble than before it was said.</summary>
    public static async Task SayAndWaitForAnswerAsync(this IPage page, string text, float timeout)
    {
        var before = await page.BotBubbles().CountAsync();
        await page.SayAsync(text);
        await page.WaitForFunctionAsync(
            $"n => document.querySelectorAll('{BotBubbleSelector}').length > n",
            before,
            new PageWaitForFunctionOptions { Timeout = timeout });
    }
}

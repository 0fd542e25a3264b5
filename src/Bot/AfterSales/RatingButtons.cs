using System.Text.Json;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.AfterSales;

/// <summary>
/// One to five stars as suggested actions. Each is a <c>messageBack</c>: the buyer's bubble says "5星" and the bot
/// reads <c>value.rating</c>, so the rating does not depend on how the text is worded.
/// </summary>
public static class RatingButtons
{
    public static SuggestedActions Create() => new()
    {
        Actions = [.. Enumerable.Range(1, 5).Select(stars => new CardAction
        {
            Type = "messageBack",
            Title = new string('★', stars),
            Text = $"{stars}星",
            DisplayText = $"{stars}星",
            Value = JsonSerializer.SerializeToElement(new Dictionary<string, int> { ["rating"] = stars }, RatingJson.Default.DictionaryStringInt32),
        })],
    };
}

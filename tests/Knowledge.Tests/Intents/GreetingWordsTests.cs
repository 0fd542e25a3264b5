using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Intents;

public sealed class GreetingWordsTests
{
    private static Understanding Greeting(string text) =>
        new(text, text, [new IntentScore(IntentIds.Greeting, 0.88f), new IntentScore(IntentIds.Other, 0.05f), new IntentScore(IntentIds.Track, 0.02f)], false, TurnDecision.Answer);

    [Theory]
    [InlineData("吊牌在")]
    [InlineData("托特包刚付好")]
    public void A_line_without_a_greeting_word_is_small_talk_once_the_bot_has_spoken(string text)
    {
        var read = GreetingWords.Mid(Greeting(text), spokenBefore: true);
        Assert.Equal(IntentIds.Other, read.Intent);
        Assert.Equal(0.88f, read.Confidence);
        Assert.DoesNotContain(read.Scores.Skip(1), s => s.Intent == IntentIds.Other);
    }

    [Theory]
    [InlineData("你好", true)]
    [InlineData("在吗 在吗", true)]
    [InlineData("吊牌在", false)]
    public void The_greeting_stands_when_greeted_or_at_the_start(string text, bool spokenBefore) =>
        Assert.Equal(IntentIds.Greeting, GreetingWords.Mid(Greeting(text), spokenBefore).Intent);
}

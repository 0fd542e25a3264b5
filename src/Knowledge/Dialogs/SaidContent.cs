using System.Text.RegularExpressions;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// What the bot already said in a conversation, as content rather than wording: a sentence is said already when most of
/// its clauses use the characters of a clause said before (a template's other variant, or a policy entry that overlaps
/// another), and it names no value (sum, date, phone, order, e-mail, tracking number) that was not said. Function characters (的, 了, 您 …) and
/// the greeting at a clause's start do not count, so "这一单没有扣款" is "这一单没有产生扣款" said again.
/// </summary>
public sealed partial class SaidContent
{
    private const double ClauseLikeOne = 0.6;
    private const double ClauseInAll = 0.85;
    private const double SentenceSaid = 0.7;
    private const string FunctionCharacters = "的了是在我您亲就也都会和还要把给这那个一有不吗呢啊哦吧呀让被对";

    /// <summary>
    /// Each text's reading, remembered: the replies said are template texts, read again on every turn of the conversation
    /// (up to the last 60 of them), and the turn's own replies are weighed more than once.
    /// </summary>
    private static readonly TextMemory<Reading> Readings = new();

    private readonly List<HashSet<char>> _clauses;
    private readonly HashSet<char> _all;
    private readonly HashSet<string> _numbers;

    public SaidContent(IEnumerable<string> earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var texts = earlier.ToList();
        _clauses = [.. texts.SelectMany(t => Read(t).Clauses)];
        _all = [.. _clauses.SelectMany(c => c)];
        _numbers = [.. texts.SelectMany(t => Read(t).Numbers)];
    }

    /// <summary>The sentences of a reply, each with its closing mark (。！？；).</summary>
    public static IReadOnlyList<string> Sentences(string text) =>
        [.. SentenceEnd().Split(text).Where(s => !string.IsNullOrWhiteSpace(s))];

    /// <summary>The text ending on a full stop where its last sentence ended on a semicolon.</summary>
    public static string Closed(string text) => text.EndsWith('；') || text.EndsWith(';') ? text[..^1] + "。" : text;

    /// <summary>True when the sentence asks the buyer something: a question is asked as often as it is needed.</summary>
    public static bool Asks(string sentence) => AskMark().IsMatch(sentence);

    /// <summary>
    /// True when the buyer's words ask something, a yes-or-no or a fact ("行不", "收到没", "怎么办", "到哪一步了"), however
    /// loosely: a question asked again is answered again, never put off with "as said above".
    /// </summary>
    public static bool AsksSomething(string buyerText) => BuyerAsks().IsMatch(buyerText);

    /// <summary>True when the buyer's words name a value ("现在69", "退一条钱", "14号拍的"): something to work with.</summary>
    public static bool NamesValue(string buyerText) => Number().IsMatch(buyerText) || CountWord().IsMatch(buyerText);

    /// <summary>A sentence that only invites more questions ("还有其他想了解的也可以问我哦"): no content of its own.</summary>
    public static bool OnlyInvites(string sentence) => Invitation().IsMatch(sentence.Trim());

    /// <summary>How much a sentence says, in content characters.</summary>
    public static int Weight(string sentence) => Read(sentence).Weight;

    /// <summary>True when the sentence says nothing this conversation has not said.</summary>
    public bool Covers(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var reading = Read(sentence);
        if (reading.Numbers.Any(n => !_numbers.Contains(n)))
        {
            return false;
        }

        var total = reading.Weight;
        var said = reading.Clauses.Where(Said).Sum(c => c.Count);
        return total == 0 || said >= SentenceSaid * total;
    }

    private bool Said(HashSet<char> clause) =>
        clause.Count < 2
        || _clauses.Any(c => clause.Count(c.Contains) >= ClauseLikeOne * clause.Count)
        || clause.Count(_all.Contains) >= ClauseInAll * clause.Count;

    private static Reading Read(string text) => Readings.GetOrAdd(text, static t =>
    {
        HashSet<char>[] clauses = [.. Clauses(t).Select(Content).Where(c => c.Count > 0)];
        return new Reading(clauses, [.. Numbers(t)], clauses.Sum(c => c.Count));
    });

    private static IEnumerable<string> Clauses(string text) =>
        ClauseMark().Split(text).Select(c => Greeting().Replace(c, string.Empty)).Where(c => c.Length >= 2);

    /// <summary>The characters of a text that carry content (no function characters, no values).</summary>
    public static HashSet<char> Content(string clause) =>
        [.. Number().Replace(clause, string.Empty).Where(ch => !FunctionCharacters.Contains(ch, StringComparison.Ordinal))];

    private static IEnumerable<string> Numbers(string text) => Number().Matches(text).Select(m => m.Value);

    /// <summary>A text's clauses as content characters (the empty ones left out), its values, and its weight. Shared: never changed.</summary>
    private sealed record Reading(HashSet<char>[] Clauses, string[] Numbers, int Weight);

    [GeneratedRegex("(?<=[。！？；!?;])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[，。！？；,!?;：:、（）()“”\"\\s~～]+")]
    private static partial Regex ClauseMark();

    [GeneratedRegex("^(您好亲|好的亲|对的亲|可以的亲|收到亲|明白亲|理解您亲|放心亲|亲|您好)")]
    private static partial Regex Greeting();

    [GeneratedRegex("[A-Za-z0-9@._*+-]*[A-Za-z0-9][A-Za-z0-9@._*+-]*")]
    private static partial Regex Number();

    [GeneratedRegex("[？?]|[吗么嘛][。！!～~]?$")]
    private static partial Regex AskMark();

    [GeneratedRegex("[?？吗么呢嘛吧]|怎么|咋|几|多久|多少|哪|什么|啥|能不能|可不可以|行不|可以不|好不|是不是|有没有|没(?=[\\s?？!！。]|$)|了没|不[?？!！。]*$")]
    private static partial Regex BuyerAsks();

    [GeneratedRegex("[一二两三四五六七八九十半几][条件个包套双只张块元号月天]")]
    private static partial Regex CountWord();

    [GeneratedRegex("^(还有|有)(其他|别的|什么)?(想了解的|问题|需要)?.{0,6}(随时)?(问我|找我|告诉我|说)[哦呀～~。！!]*$")]
    private static partial Regex Invitation();
}

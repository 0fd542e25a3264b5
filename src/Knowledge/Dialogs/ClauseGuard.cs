using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The message cut into clauses once per turn, each read for whether it only asks ("我还要自己寄回去吗"), supposes
/// ("有的话我就今天付了") or denies the words a detector matched ("不用退货"). A detector that writes a record, withdraws
/// a refund, cuts a quantity or hands over acts only on a match in a clause that states or requests; a match in a
/// clause that asks or supposes may be answered but never acted on. A request put as a question ("能帮我撤销吗",
/// "只要两条能改吗", "退两包行不行") still requests, so it acts.
/// </summary>
public sealed partial class ClauseGuard
{
    private readonly string _compact;
    private readonly List<Clause> _clauses;

    private ClauseGuard(string compact, List<Clause> clauses)
    {
        _compact = compact;
        _clauses = clauses;
    }

    /// <summary>One clause of the message: where it lies in the text without spaces, and how it is meant.</summary>
    public sealed record Clause(int Start, int End, string Text, bool Asks, bool Supposes);

    public IReadOnlyList<Clause> Clauses => _clauses;

    /// <summary>The message read from its normalized text (spaces and punctuation end clauses).</summary>
    public static ClauseGuard Of(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var compact = CompactText.Of(normalizedText);
        var clauses = new List<Clause>();
        var start = 0;
        var position = 0;
        var text = new System.Text.StringBuilder();
        foreach (var c in normalizedText)
        {
            if (c == ' ' || Ends(c))
            {
                // Spaces leave the text without spaces; punctuation stays in it and ends the clause with itself.
                if (c != ' ')
                {
                    position++;
                }

                Close(clauses, start, position, text.ToString(), asked: c is '?' or '？');
                text.Clear();
                start = position;
                continue;
            }

            text.Append(c);
            position++;
        }

        Close(clauses, start, position, text.ToString(), asked: false);
        return new ClauseGuard(compact, clauses);
    }

    /// <summary>True when <paramref name="trigger"/> matches the message where the buyer states or requests it.</summary>
    public bool Acts(Regex trigger) => ActingMatch(trigger) is not null;

    /// <summary>The first match of <paramref name="trigger"/> that states or requests, or null when every match only asks, supposes or is denied.</summary>
    public Match? ActingMatch(Regex trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return trigger.Matches(_compact).FirstOrDefault(m => m.Success && Acts(m));
    }

    /// <summary>
    /// True when a match of the text without spaces lies in clauses that state or request and no negation stands right
    /// before it: "我还要" in "我还要自己寄回去吗" asks, "退货" in "不用退货" is denied.
    /// </summary>
    public bool Acts(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var end = match.Index + Math.Max(match.Length, 1);
        var touched = _clauses.Where(c => c.Start < end && c.End > match.Index).ToList();
        // "补一个过来 别让我退货": a match that runs on into a clause opening with a negation ends in what is denied.
        return touched.TrueForAll(c => !c.Asks && !c.Supposes) && !Negated(match.Index)
            && !touched.Skip(1).Any(c => NegationOpening().IsMatch(c.Text));
    }

    /// <summary>True when the clause around <paramref name="index"/> puts a negation right before it ("不用退货", "别同意").</summary>
    public bool Negated(int index)
    {
        var clause = _clauses.Find(c => c.Start <= index && index < c.End);
        var before = clause is null ? string.Empty : _compact[clause.Start..index];
        return NegationBefore().IsMatch(before);
    }

    private static void Close(List<Clause> clauses, int start, int end, string text, bool asked)
    {
        if (text.Length == 0)
        {
            return;
        }

        var asks = !Requests().IsMatch(text) && (asked || AsksByParticle().IsMatch(text) || AsksEitherWay().IsMatch(text));
        // "要是明天还不发 我就不要了": the clause after a supposition, led by 就, is what would follow it, supposed too.
        var follows = clauses.Count > 0 && clauses[^1].Supposes && Consequence().IsMatch(text);
        // "没发的话帮我改一下": a request on the order not having shipped is a request, the bot knows whether it holds.
        var supposes = (Supposes().IsMatch(text) && !(OnStateOnly().IsMatch(text) && Requests().IsMatch(text))) || Threatens().IsMatch(text);
        clauses.Add(new Clause(start, end, text, asks, follows || supposes));
    }

    private static bool Ends(char c) => c is '，' or ',' or '。' or '.' or '！' or '!' or '？' or '?' or '；' or ';' or '~' or '～' or '…' or '、';

    // "我还要自己寄回去吗", "已经付了么": a yes-no question closed by its particle.
    [GeneratedRegex("[吗么嘛伐][啊呀哈呢]?$|呢$")]
    private static partial Regex AsksByParticle();

    // "是不是扣了两次", "要不要我寄回去": an either-way question about a fact.
    [GeneratedRegex("是不是|有没有|会不会|要不要|用不用|需不需要|需要不需要|对不对")]
    private static partial Regex AsksEitherWay();

    // "能帮我撤销吗", "只要两条 能退一条的钱吗", "退两包行不行": a request put as a question still asks the shop to act.
    [GeneratedRegex("帮我|给我|麻烦|请|能不能|可不可以|能否|(?:能|可以)[^，。？?]{0,8}[吗么嘛]|(?:行|好|成)[吗么嘛]|行不行|好不好|可以不")]
    private static partial Regex Requests();

    // "有的话我就今天付了", "要是改不了就算了", "万一退了呢": a supposed case, never what happens.
    [GeneratedRegex("要是|如果|假如|万一|若是|倘若|假设|的话")]
    private static partial Regex Supposes();

    [GeneratedRegex("^(?:那|那我|我|我们|你们)?(?:就|也就|再)")]
    private static partial Regex Consequence();

    // "(还)没发的话帮我改一下": the supposition is only the order's own state.
    [GeneratedRegex("^(?:那|要是|如果|假如)?(?:还)?没(?:有)?(?:发|寄)(?:货|出|出去)?的话")]
    private static partial Regex OnStateOnly();

    // "再不发我直接差评", "今天不发我就退款", "发不了就算了", "到不了我就拒收", "再拖就投诉": what the buyer would do if the
    // shop fails, a threat with its condition, never the act itself.
    [GeneratedRegex("(?:再|在)不(?=发|给|寄|处理|回|解决|理)|(?:再|在)(?:拖|等|晚|慢|耽误)[^，。]{0,4}(?:我|那我|那)?(?:就|直接|马上)|不(?:给我)?(?:发|寄)(?:货|出来|出去)?(?:的话)?(?:我|那我|那)?(?:就|直接|马上)|(?:发|寄)不(?:了|出来|出去|出)(?:的话)?(?:我|那我|那)?(?:就|直接|马上|也)|(?:不了|不到|来不及|赶不上)(?:的话)?(?:我|那我|那)?就|否则|不然|除非")]
    private static partial Regex Threatens();

    // "不用退货", "别同意", "没付", "不要只发一个", "别让我退回去": the words right after are denied.
    [GeneratedRegex("(?:不|别|没|未|甭|不用|不要|无需|不必|没有)(?:让我|叫我|要我|逼我)?$")]
    private static partial Regex NegationBefore();

    // "别让我退货", "不要退款": a clause that opens by refusing.
    [GeneratedRegex("^(?:我|也|可|但|就|千万)?(?:不|别|没|甭|不用|不要|不想|无需|不必)")]
    private static partial Regex NegationOpening();
}

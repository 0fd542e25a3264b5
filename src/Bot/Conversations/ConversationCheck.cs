using System.Globalization;
using System.Text.RegularExpressions;

namespace ShopBot.Bot.Conversations;

/// <summary>
/// Compares a played conversation with its script, and checks what every conversation must respect whatever its
/// script says: no reply of the bot's repeated word for word from an earlier turn, no internal case id shown to the buyer, no
/// buyer sentence echoed back or written down as a field. Failures are in Chinese, for the trainer.
/// </summary>
public static partial class ConversationCheck
{
    /// <summary>Buyer lines at least this long count as sentences: shorter ones ("个人", "林莉") may be values.</summary>
    private const int SentenceLength = 8;

    private static readonly string[] EchoFields = ["reason", "invoice_title", "description"];

    public static IReadOnlyList<string> Failures(ConversationScript script, IReadOnlyList<PlayedTurn> played)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(played);
        var failures = new List<string>();
        // What the bot itself said before: a queue notice repeated while the buyer waits is the queue's, not the bot's.
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        var wasWithBot = true;
        for (var i = 0; i < played.Count; i++)
        {
            var turn = played[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"第{i + 1}轮「{turn.Said}」");
            failures.AddRange(Expected(script.Turns[i], turn).Select(f => $"{where}：{f}"));
            // While queued, only the line said just before counts: the buyer must not read the same line twice in a row.
            var before = wasWithBot ? earlier : i > 0 ? played[i - 1].Replies.ToHashSet(StringComparer.Ordinal) : [];
            failures.AddRange(Hygiene(turn, before, played).Select(f => $"{where}：{f}"));
            if (wasWithBot)
            {
                earlier.UnionWith(turn.Replies);
            }

            wasWithBot = turn.State == "bot";
        }

        return failures;
    }

    private static IEnumerable<string> Expected(ScriptTurn expected, PlayedTurn turn)
    {
        var said = string.Join("\n", turn.Replies);
        foreach (var word in expected.Says.Where(w => !said.Contains(w, StringComparison.Ordinal)))
        {
            yield return $"回复里没有「{word}」。回复：{Quote(turn)}";
        }

        if (expected.SaysAny.Count > 0 && !expected.SaysAny.Any(w => said.Contains(w, StringComparison.Ordinal)))
        {
            yield return $"回复里没有「{string.Join("」「", expected.SaysAny)}」中的任何一个。回复：{Quote(turn)}";
        }

        foreach (var word in expected.NeverSays.Where(w => said.Contains(w, StringComparison.Ordinal)))
        {
            yield return $"回复里不该有「{word}」。回复：{Quote(turn)}";
        }

        if (expected.Intent is { } intent && !string.Equals(intent, turn.Intent, StringComparison.Ordinal))
        {
            yield return $"意图应为 {intent}，实际为 {turn.Intent}。";
        }

        if (expected.State is { } state && !string.Equals(state, turn.State, StringComparison.Ordinal))
        {
            yield return $"之后应由 {state} 接待，实际为 {turn.State}。回复：{Quote(turn)}";
        }

        foreach (var record in expected.Records.Where(r => !turn.Records.Any(r.Matches)))
        {
            yield return $"没有记下 {record}；本轮记录：{Describe(turn.Records)}";
        }

        if (expected.NoRecords && turn.Records.Count > 0)
        {
            yield return $"本轮不该记录任何事，却记下了：{Describe(turn.Records)}";
        }
    }

    private static IEnumerable<string> Hygiene(PlayedTurn turn, IReadOnlySet<string> earlier, IReadOnlyList<PlayedTurn> played)
    {
        foreach (var reply in turn.Replies.Where(earlier.Contains))
        {
            yield return $"与前面的回复一字不差：「{reply}」";
        }

        foreach (var reply in turn.Replies.Where(r => InternalCaseId().IsMatch(r)))
        {
            yield return $"向买家显示了内部单号：「{reply}」";
        }

        var sentence = turn.Said.Trim();
        if (IsSentence(sentence) && turn.Replies.Any(r => r.Contains(sentence, StringComparison.Ordinal)))
        {
            yield return "原样复述了买家的整句话。";
        }

        var buyerSentences = played.Select(p => p.Said.Trim()).Where(IsSentence).ToHashSet(StringComparer.Ordinal);
        foreach (var record in turn.Records)
        {
            foreach (var field in EchoFields.Where(f => record.Fields.TryGetValue(f, out var value) && buyerSentences.Contains(value.Trim())))
            {
                yield return $"把买家的原话记成了 {record.Type} 的 {field}：「{record.Fields[field]}」";
            }
        }
    }

    /// <summary>
    /// A long line is a sentence unless it is one value the bot may repeat or keep: an e-mail address, a tax number,
    /// a checked title ("杭州青柚科技有限公司" answering "抬头是?") or an address alone, which a confirmation repeats.
    /// </summary>
    private static bool IsSentence(string line) =>
        line.Length >= SentenceLength && !SingleValue().IsMatch(line) && !AddressAlone().IsMatch(line)
        && !Knowledge.Entities.InvoiceTitleCheck.IsPlausibleTitle(line);

    [GeneratedRegex(@"^([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}|[0-9A-Z]{15,20})$")]
    private static partial Regex SingleValue();

    [GeneratedRegex(@"^(?!.*(改|要|帮|请|麻烦|吗|呢|吧|我))[\p{IsCJKUnifiedIdeographs}A-Za-z0-9 -]*(省|市|区|县)[\p{IsCJKUnifiedIdeographs}A-Za-z0-9 -]*(路|街|道|巷|弄|村)[\p{IsCJKUnifiedIdeographs}A-Za-z0-9 -]*(号|栋|幢|座|室|楼|层|单元)$")]
    private static partial Regex AddressAlone();

    private static string Quote(PlayedTurn turn) => turn.Replies.Count == 0 ? "（没有回复）" : "「" + string.Join("」「", turn.Replies) + "」";

    private static string Describe(IReadOnlyList<TurnRecord> records) =>
        records.Count == 0 ? "（无）" : string.Join("；", records.Select(r => $"{r.Type} {r.Order} {string.Join(" ", r.Fields.Select(f => $"{f.Key}={f.Value}"))}"));

    [GeneratedRegex(@"AS\d{8}-\d{5}")]
    private static partial Regex InternalCaseId();
}

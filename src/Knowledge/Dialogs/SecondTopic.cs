using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "多少钱 包邮吗", "有货吗 几天能到": two questions about one product in one line. After the first is answered, each
/// other clause of the line that a policy keyword names (a topic not answered yet) is answered too, so the second
/// question is never dropped until the buyer repeats it. A clause that names no goods ("要自己装吗") is read with the
/// clause before it ("想再给我妈买个台灯").
/// </summary>
public static partial class SecondTopic
{
    /// <summary>Clauses shorter than this name no topic of their own ("吗", "呢").</summary>
    private const int MinClause = 2;

    public static async Task AddAsync(FlowContext context, string? answeredId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clauses = context.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (clauses.Length < 2)
        {
            return;
        }

        var answered = new HashSet<string>(StringComparer.Ordinal);
        if (answeredId is not null)
        {
            answered.Add(answeredId);
        }

        // Only a clause that asks something: "袜子我还没付款" beside a question is context, not a second question.
        for (var i = 0; i < clauses.Length; i++)
        {
            var clause = clauses[i];
            if (clause.Length < MinClause || !Asks().IsMatch(clause))
            {
                continue;
            }

            var match = await PolicyReply.FindAsync(context, cancellationToken, clause).ConfigureAwait(false);
            if (match is not { ByKeyword: true } && i > 0)
            {
                // "想再买个台灯 要自己装吗": a bare question is about the goods the clause before it names.
                match = await PolicyReply.FindAsync(context, cancellationToken, $"{clauses[i - 1]} {clause}").ConfigureAwait(false);
            }

            if (match is not { ByKeyword: true } || answered.Contains(match.Entry.Id) || (answeredId is null && DialogEngine.AsksPrice(clause))
                || (answeredId is not null && await PartOfAnsweredAsync(context, answeredId, clauses, clause, cancellationToken).ConfigureAwait(false)))
            {
                continue;
            }

            answered.Add(match.Entry.Id);
            await PolicyTopics.AnswerAsync(context, match, cancellationToken, context.Text).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// "运费多少 你们包邮的会扣吗": the clause's words are part of the question answered (the return postage of a free-shipping
    /// order), not a second question: without the clause the line no longer names the answered topic as strongly.
    /// </summary>
    private static async Task<bool> PartOfAnsweredAsync(FlowContext context, string answeredId, string[] clauses, string clause, CancellationToken cancellationToken)
    {
        var whole = await PolicyReply.FindAsync(context, cancellationToken, context.Normalized).ConfigureAwait(false);
        if (whole is not { ByKeyword: true } || whole.Entry.Id != answeredId)
        {
            return false;
        }

        var rest = string.Join(' ', clauses.Where(c => !string.Equals(c, clause, StringComparison.Ordinal)));
        var without = await PolicyReply.FindAsync(context, cancellationToken, rest).ConfigureAwait(false);
        return without is null || without.Entry.Id != answeredId || without.Score < whole.Score;
    }

    [GeneratedRegex("[吗么嘛呢不没]$|多少|几|怎么|咋|哪|什么|啥|能不能|可不可以|有没有|是不是")]
    private static partial Regex Asks();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "照片都拍了 要补发 不想退 家里周末请客要用" after the damage was recorded: the reshipment replaces the case, but with
/// no photo in the chat yet it is sent only once the photos are in and checked, and a day the goods are needed by is
/// answered without a promise and handed to a colleague to arrange in time.
/// </summary>
public sealed partial class QualityReturnFlow
{
    public const string ReshipNeededBy = "reship_needed_by";

    /// <summary>The case a reshipment replaces: its order, its problem, its photos and whether the buyer said photos were sent in the chat.</summary>
    private sealed record ReplacedCase(string OrderNumber, string Description, IReadOnlyList<string> PhotoUrls, bool PhotosSaidSent);

    private static async Task ReshipInsteadAsync(FlowContext context, ReplacedCase replaced, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var description = replaced.Description;
        var neededBy = NeededBy(context) ?? (DayOfUse().Match(context.Compact) is { Success: true } day ? $"{day.Groups["day"].Value}要用" : null);
        var note = neededBy is null ? ReshipNote(context, description) : $"{ReshipNote(context, description)}，{neededBy}";
        // "L那件我不想寄回去了 直接补一件XL": the piece sent wrong stays with the buyer unless a colleague says otherwise.
        var kept = ProblemOf(description) == QualityProblem.WrongItem && KeepsWrongPiece(context.Compact) ? KeepsWrongPieceNote : string.Empty;
        var photosNote = replaced.PhotosSaidSent ? SaidSentNote : string.Empty;
        await context.Actions.RequestReshipAsync(context.Turn, replaced.OrderNumber, $"{description}（{note}）{kept}{photosNote}", replaced.PhotoUrls, cancellationToken).ConfigureAwait(false);
        // Photos said sent before are never asked for again.
        var photosAwaited = replaced.PhotoUrls.Count == 0 && !replaced.PhotosSaidSent;
        var awaited = photosAwaited ? "_photos_awaited" : string.Empty;
        // A piece sent wrong is sent again right, never "the broken part"; whether the wrong one comes back is a colleague's check.
        // A part asked for alone ("补个盖子") is named, so the buyer hears it is the part and not the whole item.
        if (ProblemOf(description) == QualityProblem.WrongItem)
        {
            context.Say($"quality_return.changed_to_reship_wrong_item{awaited}", slots);
        }
        else if (ProblemPhrases.PartAsked(context.Compact) is { } part)
        {
            context.Say($"quality_return.changed_to_reship_part{awaited}", new Dictionary<string, string?>(slots) { [TemplateSlots.Change] = part });
        }
        else
        {
            context.Say($"quality_return.changed_to_reship{awaited}", slots);
        }

        if (neededBy is not null)
        {
            context.Say("quality_return.reship_needed_by", new Dictionary<string, string?>(slots) { [TemplateSlots.Change] = neededBy });
            context.NeedPerson(ReshipNeededBy);
        }
    }

    private const string SaidSentNote = "（买家说照片已在聊天里发过，请同事查看）";

    /// <summary>
    /// True when the recorded case notes photos or a video the buyer said were sent in the chat, or the buyer said so
    /// after it was recorded ("照片已经发你了 你看下").
    /// </summary>
    private static bool SaidSentBefore(FlowContext context, string? orderNumber, string? description) =>
        description?.Contains("已在聊天里发过", StringComparison.Ordinal) == true || context.State.Values.ContainsKey(PhotosSaidSentKey)
        || (orderNumber is not null && RecordedCaseTalk.PhotosToldSent(context.State, orderNumber));

    /// <summary>"家里周末请客要用", "下周三要送人": a day of use no date reading pins down, kept in the buyer's words.</summary>
    [GeneratedRegex("(?<day>这个?周末|下个?周末|周末|明天|后天|下周[一二三四五六日天]?|这周[一二三四五六日天]|周[一二三四五六日天]|星期[一二三四五六日天])[^，,。]{0,6}?(?:要用|用|请客|送人|要送|办事|搬家)")]
    private static partial Regex DayOfUse();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// How many pieces are broken and how many the buyer wants sent again, told in the first line or a later short one
/// ("碎了俩", "补俩给我"): the record carries them, so a colleague never has to ask again what to reship.
/// </summary>
public sealed partial class QualityReturnFlow
{
    // "还能补吗" about pieces missing names no count: the missing ones are sent, never "the broken part".
    /// <summary>
    /// The note a reship of broken pieces carries: what and how many to send when known ("买家要补发2个盘子"), and the rest
    /// kept when the buyer says so ("别的都好好的 我不想整套退").
    /// </summary>
    private static string ReshipNote(FlowContext context, string description) =>
        (ProblemPhrases.ReshipOf(context.Compact, description) is { } what ? $"买家要补发{what}{ShortBeside(description)}"
        : ProblemOf(description) == QualityProblem.Missing ? "买家要补发少的部分" : $"买家要补发损坏的部分{ShortBeside(description)}")
        + (RestKept().IsMatch(context.Compact) || context.State.Values.GetValueOrDefault(ReshipNoteKey)?.EndsWith(RestKeptNote, StringComparison.Ordinal) == true ? RestKeptNote : string.Empty);

    /// <summary>"破损：盘子碎裂2个；少发1件": the piece missing beside the broken ones goes with them ("、少发的1件").</summary>
    private static string ShortBeside(string description) =>
        ShortTold().Match(description) is { Success: true } m ? $"、少发的{m.Groups["n"].Value}" : string.Empty;

    [GeneratedRegex("少发(?<n>[0-9]+[件个只套双条])")]
    private static partial Regex ShortTold();

    private const string ReshipNoteKey = "reship_note";
    private const string RestKeptNote = "，其余的留着、不整单退";

    /// <summary>
    /// The reship note of broken pieces this line tells (a count or the rest kept), else the one kept from the line that
    /// asked for the reship before the photos ("能不能只补发一个盘子" then "要照片的话我现在拍"); null when none was told.
    /// </summary>
    private static string? ToldReshipNote(FlowContext context, string description) =>
        ProblemPhrases.ReshipOf(context.Compact, description) is not null || RestKept().IsMatch(context.Compact) ? ReshipNote(context, description)
        : context.State.Values.GetValueOrDefault(ReshipNoteKey);

    /// <summary>Keeps the note of a reship asked for before the photos came, for the record written when they do.</summary>
    private static void KeepReshipNote(FlowContext context, string description)
    {
        if (ToldReshipNote(context, description) is { } note)
        {
            context.State.Values[ReshipNoteKey] = note;
        }
    }

    // "别的都好好的", "其他的没事", "我不想整套退", "不用整单退": only the broken pieces are to be sent, the rest stays.
    [GeneratedRegex("(?:别的|其他|其它|其余|剩下)(?:的)?(?:都|也)?(?:是)?(?:好好的|好的|没事|没问题|完好|能用)|不(?:想|要|用|必)?(?:整套|整单|全部|全)退")]
    private static partial Regex RestKept();

    /// <summary>
    /// "买了两个 快递里就一个", "少发了一个": how many of how many came, so the colleague checks the packing record against
    /// it; an order of one piece, or a chat with no count, adds nothing. The count told on an earlier line (before the
    /// package photo was asked) counts as well.
    /// </summary>
    private static string MissingCountNote(FlowContext context, Order order)
    {
        var values = context.State.Values;
        var received = values.GetValueOrDefault(ReceivedKey) is { } got ? PieceCount(got)
            : values.GetValueOrDefault(MissingKey) is { } gone ? order.Quantity - PieceCount(gone) : 0;
        return order.Quantity > 1 && received > 0 && received < order.Quantity ? MissingPieceRefund.CountNote(order.Quantity, received) : string.Empty;
    }

    private const string ReceivedKey = "received_count";
    private const string MissingKey = "missing_count";

    /// <summary>The count of pieces that came ("就一个") or are missing ("少了一个") on this line of a missing piece, kept for the record.</summary>
    private static void KeepReceivedCount(FlowContext context, QualityProblem problem)
    {
        if (problem != QualityProblem.Missing)
        {
            return;
        }

        if (ReceivedCount().Match(context.Compact) is { Success: true } got)
        {
            context.State.Values[ReceivedKey] = got.Groups["n"].Value;
        }
        else if (MissingCount().Match(context.Compact) is { Success: true } missing)
        {
            context.State.Values[MissingKey] = missing.Groups["n"].Value;
        }
    }

    private static int PieceCount(string said) => said switch
    {
        "一" or "1" => 1,
        "两" or "二" or "俩" or "2" => 2,
        "三" or "3" => 3,
        _ => 4,
    };

    // "快递里就一个", "只收到两件", "盒子拆开就一个杯子", "才来了一个".
    [GeneratedRegex("(?:只|就|才|仅)(?:有|来了|收到了?|到了|剩)?(?<n>[一两二俩三1-3])(?:个|件|只|套|双|条|把|盒|包|瓶|支)")]
    private static partial Regex ReceivedCount();

    // "少了一个", "少发了一个杯子", "漏发一件", "缺了一只".
    [GeneratedRegex("(?:少|漏|缺)(?:发|寄|给|装)?了?(?<n>[一两二俩三1-3])(?:个|件|只|套|双|条|把|盒|包|瓶|支)")]
    private static partial Regex MissingCount();

    private const string KeepsWrongPieceNote = "（买家不想寄回发错的那件，是否需要寄回请同事确认）";

    /// <summary>"L那件我不想寄回去了 直接补一件XL": the piece sent wrong is kept, which a colleague decides on.</summary>
    private static bool KeepsWrongPiece(string compact) => WrongPieceKept().IsMatch(compact);

    [GeneratedRegex("(?:不想|不要|不用|不|懒得|别让我)(?:再)?(?:寄|退|发)回|(?:那件|那个|那条)?(?:我)?(?:自己)?留着")]
    private static partial Regex WrongPieceKept();

    /// <summary>The recorded fault with a count this line tells ("碎了俩"), or the fault as it was.</summary>
    private static string Counted(FlowContext context, string description) =>
        ProblemPhrases.Of(context.Normalized) is { } said && ProblemPhrases.WithCount(description, said) is { } counted ? counted : description;

    /// <summary>
    /// "碎了俩" after the case was recorded without a count, "按洗标冷水洗的" or "下礼拜要用" after it: the case is
    /// recorded again with the count or the note, since the record is what the colleague reads.
    /// </summary>
    private static async Task RecordCountAsync(FlowContext context, string orderNumber, CaseRecord recorded, CancellationToken cancellationToken)
    {
        var description = recorded.Description ?? string.Empty;
        var counted = Counted(context, description);
        // "按洗标冷水洗的", "下礼拜要用": how the goods were treated and by when they are needed go on the record too.
        var noted = counted + CaseDetails.NewIn(context.Compact, counted);
        // A piece returned for its share ("退其中1件") and a compensation are recorded with sums a count would not change.
        if (noted == description || recorded.Kind == CaseKind.Compensation || description.Contains("退其中", StringComparison.Ordinal))
        {
            return;
        }

        await RecordAgainAsync(context, orderNumber, recorded, noted, counted == description ? "买家补充了情况" : "买家补充了件数", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The case withdrawn and recorded again, same kind and photos, with the description the buyer completed.</summary>
    private static async Task RecordAgainAsync(FlowContext context, string orderNumber, CaseRecord recorded, string description, string why, CancellationToken cancellationToken)
    {
        await context.Actions.WithdrawCaseAsync(context.Turn, recorded.Id, why, cancellationToken).ConfigureAwait(false);
        await (recorded.Kind switch
        {
            CaseKind.Reship => context.Actions.RequestReshipAsync(context.Turn, orderNumber, description, recorded.PhotoUrls, cancellationToken),
            CaseKind.Return or CaseKind.Exchange => context.Actions.OpenReturnCaseAsync(context.Turn, orderNumber, recorded.Kind == CaseKind.Exchange, description, recorded.PhotoUrls, cancellationToken),
            _ => context.Actions.RecordQualityCaseAsync(context.Turn, orderNumber, recorded.Kind, description, recorded.PhotoUrls, cancellationToken),
        }).ConfigureAwait(false);
    }
}

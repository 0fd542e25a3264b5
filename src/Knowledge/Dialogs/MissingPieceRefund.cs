using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不要补了 退钱吧" about a missing piece: the refund recorded is the money of the pieces that did not come (by the
/// order's unit price), never the whole order; when the record does not say how many are missing, a colleague checks.
/// </summary>
public static partial class MissingPieceRefund
{
    public static Task<CaseRecord> OpenAsync(FlowContext context, string orderNumber, string description, string? counted, IReadOnlyList<string> photoUrls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pieces = Missing(counted);
        var said = $"{description}（买家要退款，不要补发）";
        return pieces > 0
            ? context.Actions.OpenPieceReturnAsync(context.Turn, orderNumber, pieces, $"{said}（退少发的{pieces}件）", photoUrls, cancellationToken)
            : context.Actions.OpenReturnCaseAsync(context.Turn, orderNumber, false, said, photoUrls, cancellationToken);
    }

    /// <summary>The record's note of how many of how many came, which <see cref="Missing"/> reads back.</summary>
    public static string CountNote(int ordered, int received) =>
        string.Create(CultureInfo.InvariantCulture, $"（订单{ordered}件，买家说只收到{received}件）");

    /// <summary>The pieces missing by the record's note <see cref="CountNote"/>; 0 when it says none.</summary>
    private static int Missing(string? counted) =>
        counted is not null && CountNoteRead().Match(counted) is { Success: true } note
            ? int.Parse(note.Groups["ordered"].Value, CultureInfo.InvariantCulture) - int.Parse(note.Groups["got"].Value, CultureInfo.InvariantCulture)
            : 0;

    [GeneratedRegex("订单(?<ordered>[0-9]+)件，买家说只收到(?<got>[0-9]+)件")]
    private static partial Regex CountNoteRead();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "补发或者退款 你们定 快点", "要么补一件要么退一件的钱 你们看着办" about broken or missing pieces recorded: the buyer
/// wants the goods or their money and leaves the choice to the shop. The shop's default is recorded (the pieces sent
/// again when in stock, else those pieces refunded; stock is the warehouse's to check) and said in one line, never
/// the menu again nor a small compensation for goods asked for; "快点" goes on the record as urgent.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private const string ShopDefaultNote = "（买家让店里定：有货就补发，没货就退这部分的钱）";
    private const string HurriedNote = "（买家着急，请尽快处理）";

    /// <summary>True (recorded and said) when the buyer leaves the reshipment or the refund of the pieces to the shop.</summary>
    private static async Task<bool> TakesShopDefaultAsync(FlowContext context, string orderNumber, CaseRecord recorded, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var compact = context.Compact;
        var missing = MissingPiece(recorded);
        if (!(recorded.Kind == CaseKind.QualityReport || missing) || !ReshipSaid().IsMatch(compact) && !ReshipPieceSaid().IsMatch(compact)
            || !PiecesRefundSaid().IsMatch(compact) || !LeavesChoice().IsMatch(compact) && !LeavesItToShop().IsMatch(compact)
            || ExchangeSaid().IsMatch(compact) || AsksWhichRemedy().IsMatch(compact) && !LeavesChoice().IsMatch(compact))
        {
            return false;
        }

        var urgent = context.Facts.Cues.IsUrgent || Hurried().IsMatch(compact);
        var description = NoChoiceNote().Replace(recorded.Description ?? QualityProblems.Label(QualityProblem.Damaged), string.Empty);
        if (!description.Contains(ShopDefaultNote, StringComparison.Ordinal))
        {
            description += ShopDefaultNote;
        }

        if (urgent && !description.Contains(HurriedNote, StringComparison.Ordinal))
        {
            description += HurriedNote;
        }

        if (description != recorded.Description)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, recorded.Id, "买家让店里定补发或退款", cancellationToken).ConfigureAwait(false);
            await context.Actions.RequestReshipAsync(context.Turn, orderNumber, description, recorded.PhotoUrls, cancellationToken).ConfigureAwait(false);
        }

        var template = $"quality_return.shop_default_{(missing ? "missing" : "broken")}{(urgent ? "_urgent" : string.Empty)}";
        context.Say(template, slots);
        context.Finish();
        return true;
    }

    // "补个碗", "补两个盘子", "少的那件寄过来": the pieces asked for again in words the reshipment regex leaves out.
    [GeneratedRegex("补个|补[^，,。退]{0,4}(?:件|个|只|套|条)|寄过来|发过来")]
    private static partial Regex ReshipPieceSaid();

    // "退钱", "退一件的钱", "退那两个的钱", "退款".
    [GeneratedRegex("退钱|退款|全退|退了|退[^，,。补换]{1,6}钱|钱退")]
    private static partial Regex PiecesRefundSaid();

    // "快点", "赶紧", "抓紧": the buyer presses for it.
    [GeneratedRegex("快点|快些|快一点|赶紧|赶快|抓紧|尽快|麻利|快快")]
    private static partial Regex Hurried();
}

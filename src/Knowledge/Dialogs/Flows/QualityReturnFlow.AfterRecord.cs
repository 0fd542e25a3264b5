using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// What the buyer chooses once the problem is recorded with the remedies left open: a sum above what the bot may give,
/// or the money of the broken pieces of a set ("不用补发了 把两个碗的钱退我就行"), goes to a person with the choice
/// written on the record in place of "买家还没选处理方式", never a counter-offer or a refund's payout times alone.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private const string PiecesRefundTemplate = "quality_return.pieces_refund_needs_person";

    /// <summary>"两个碗的钱退我", "退我碎了的那个的钱", "坏的那俩退钱就行": the money of some pieces of the goods, not of the order.</summary>
    public static bool AsksPiecesMoney(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return PiecesMoney().IsMatch(compactText) && !MoneyRefused().IsMatch(compactText);
    }

    /// <summary>
    /// True when a quality case this chat recorded is still open; the order it is on becomes the order of the turn, so
    /// what the buyer now asks for replaces it.
    /// </summary>
    private static async Task<bool> StandsRecordedAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (RecordedHere(state) is not { } recorded
            || (state.OrderNumber is { } current && current != recorded)
            || (await OpenCases.HereAsync(context, recorded, cancellationToken, QualityKinds).ConfigureAwait(false)).Count == 0)
        {
            return false;
        }

        state.OrderNumber = recorded;
        return true;
    }

    /// <summary>
    /// The broken pieces of one set refunded while the rest is kept: part of the money back whose sum no order line
    /// gives, so a person works it out; the case it replaces is withdrawn and the choice recorded. True when done.
    /// </summary>
    private static async Task<bool> RefundsBrokenPiecesAsync(FlowContext context, Order? order, CancellationToken cancellationToken)
    {
        var match = PiecesMoney().Match(context.Compact);
        if (order is not { Status: OrderStatus.Shipped or OrderStatus.Completed, Quantity: 1 } || !match.Success || MoneyRefused().IsMatch(context.Compact)
            || ProblemOf(context.State.Values.GetValueOrDefault(DescriptionKey) ?? string.Empty) == QualityProblem.Missing
            || QualityProblems.Of(context.Normalized) == QualityProblem.Missing)
        {
            return false;
        }

        var what = match.Groups["what"].Value is { Length: > 0 } named ? named : "损坏部分";
        var told = await ProblemToldAsync(context, order, cancellationToken).ConfigureAwait(false);
        var problem = told is null ? string.Empty : $"{told}；";
        var reshipRefused = Refused(context.State).Contains(ReshipWish) || RefusedRemedies(context.Normalized).Contains(ReshipWish) ? "不要补发，" : string.Empty;
        await WithdrawReplacedAsync(context, order.OrderNumber, $"买家改为退{what}的钱（部分退款）", cancellationToken).ConfigureAwait(false);
        await context.Actions.RequestCompensationAsync(context.Turn, order.OrderNumber, 0m,
            $"{problem}买家{reshipRefused}要求退{what}的钱（部分退款，金额请同事核算后与买家确认）", cancellationToken).ConfigureAwait(false);
        context.Say(PiecesRefundTemplate, new Dictionary<string, string?>(context.SlotsOf(order)) { [Templates.TemplateSlots.Change] = what });
        context.NeedPerson(Compensation);
        context.Finish();
        return true;
    }

    // "把两个碗的钱退我", "退我两个碗的钱", "碎了的那俩退钱就行": a count or the broken ones, then their money.
    [GeneratedRegex("(?<what>(?:[0-9]{1,2}|[一两二三四五六七八九十俩仨几])(?:个|只|件|片|条|根|把)?[\\p{IsCJKUnifiedIdeographs}]{0,3}?)的钱(?:退|返|给)|(?:退|返)(?:我|给我)?(?<what>(?:[0-9]{1,2}|[一两二三四五六七八九十俩仨几])(?:个|只|件|片|条|根|把)?[\\p{IsCJKUnifiedIdeographs}]{0,3}?)的钱|(?:碎|坏|破|裂)了?的(?:那)?(?:[0-9一两二三俩仨几]{0,2}(?:个|只|件)?)(?:的钱|退钱|退款)")]
    private static partial Regex PiecesMoney();
}

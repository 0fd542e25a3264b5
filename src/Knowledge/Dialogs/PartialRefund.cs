using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "少发了一件 退那件的钱", "只退一部分 退50就行": a partial refund, recorded for a colleague with the amount (said by
/// the buyer, or one piece's share of what was paid), so the finance register shows it; with no sum named the sum is
/// asked, and recorded when the next message names it, never at 0 元. A price drop is the
/// price-protection answer (the platform works it out); the bot never sets the amount itself.
/// </summary>
internal static partial class PartialRefund
{
    /// <summary>"只发2份 退我两份的钱" before the goods come is fewer pieces of the order (<see cref="QuantityCut"/>), not a sum refunded.</summary>
    public static bool IsAsked(string compact) => Partial().IsMatch(compact) && !PriceDrop().IsMatch(compact) && QuantityCut.Read(compact) is null;

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var compact = context.Compact;
        // A defect with "给我部分退款" is the quality flow's settlement; only a missing piece is refunded here.
        if (!IsAsked(compact) || (QualityProblems.NamesAProblem(context.Normalized) && !MissingPiece().IsMatch(compact)))
        {
            return false;
        }

        // "我买了两件 只想退其中一件的钱": only an order of more than one piece fits.
        var onePiece = OnePiece().IsMatch(compact);
        var order = LessCommonNeeds.Pick(context, o => o.Status is OrderStatus.Shipped or OrderStatus.Completed or OrderStatus.AwaitingShipment && o.AmountPaid > 0
            && (!onePiece || o.Quantity > 1));
        if (order is null)
        {
            context.Say("needs.partial_which");
            return true;
        }

        var slots = new Dictionary<string, string?>(context.SlotsOf(order));
        var missingPiece = MissingPiece().IsMatch(compact);
        var amount = LessCommonNeeds.Amount(context);
        if (amount is null && (missingPiece || onePiece) && order.Quantity > 1)
        {
            amount = Math.Round(order.AmountPaid / order.Quantity, 2);
        }

        var what = missingPiece ? "少发商品，退少发部分的钱"
            : onePiece ? $"买家只退{order.Quantity}件中的一件，其余保留"
            : AnyPart;
        if (amount is { } asked && asked >= order.AmountPaid)
        {
            amount = null;
        }

        context.State.LastOrderNumber = order.OrderNumber;
        if (amount is not { } recorded)
        {
            // No sum named: asked for, like the quality flow asks it; nothing is recorded at 0 元.
            context.State.PartialSumAskedFor = order.OrderNumber;
            context.Say("needs.partial_ask_sum", slots);
            return true;
        }

        await RecordAsync(context, order, recorded, what, cancellationToken).ConfigureAwait(false);
        slots[TemplateSlots.Amount] = recorded.ToString("0.##", CultureInfo.InvariantCulture);
        context.Say(missingPiece ? "needs.partial_missing_recorded" : onePiece ? "needs.partial_one_piece_recorded" : "needs.partial_recorded", slots);
        return true;
    }

    /// <summary>
    /// "退一件的钱就行 衣服收到了我再寄一件回去": the piece goes back, so it is the no-reason return of part of a sent
    /// order (applied for on the order page, the postage the buyer's), never a sum a colleague grants while the goods stay.
    /// </summary>
    public static bool TellsPieceSentBack(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (!IsAsked(compact) || !SentBack().IsMatch(compact) || MissingPiece().IsMatch(compact) || QualityProblems.NamesAProblem(context.Normalized)
            || LessCommonNeeds.Pick(context, o => o.Status is OrderStatus.Shipped or OrderStatus.Completed && o.Quantity > 1 && !o.HasRefundUnderWay) is not
                { Status: OrderStatus.Shipped or OrderStatus.Completed, Quantity: > 1 } order)
        {
            return false;
        }

        context.State.LastOrderNumber = order.OrderNumber;
        context.Say("needs.partial_piece_sent_back", context.SlotsOf(order));
        return true;
    }

    /// <summary>
    /// The sum named right after the bot asked for it ("30吧", "退二十块"): the partial refund recorded for that order.
    /// The question is asked once; whatever else the buyer says lets it go.
    /// </summary>
    public static async Task<bool> TakesAskedSumAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var asked = state.PartialSumAskedFor;
        state.PartialSumAskedFor = null;
        if (asked is null || state.ActiveFlow is not null || context.Services.Orders.Find(context.Input.BuyerId, asked) is not { } order
            || (LessCommonNeeds.Amount(context) ?? SumAlone(context.Compact)) is not { } amount || amount <= 0 || amount >= order.AmountPaid)
        {
            return false;
        }

        await RecordAsync(context, order, amount, AnyPart, cancellationToken).ConfigureAwait(false);
        state.LastOrderNumber = order.OrderNumber;
        context.Say("needs.partial_recorded", new Dictionary<string, string?>(context.SlotsOf(order))
        {
            [TemplateSlots.Amount] = amount.ToString("0.##", CultureInfo.InvariantCulture),
        });
        return true;
    }

    private const string AnyPart = "买家申请部分退款，商品保留";

    /// <summary>"30吧", "20就行": a number alone answers the sum just asked for.</summary>
    private static decimal? SumAlone(string compact) =>
        SumOnly().Match(compact) is { Success: true } match && decimal.TryParse(match.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var sum)
            ? sum
            : null;

    private static Task RecordAsync(FlowContext context, Order order, decimal amount, string what, CancellationToken cancellationToken) =>
        context.Actions.RequestCompensationAsync(
            context.Turn, order.OrderNumber, amount, $"部分退款：{what}（买家要求{amount.ToString("0.##", CultureInfo.InvariantCulture)}元）", cancellationToken);

    [GeneratedRegex("只退(一部分|部分|一点|点)|只退[0-9]{1,5}(?![0-9]|双|件|个|条|只|套|盒|瓶|包)|部分退款|退(一部分|部分)|退一点|少发.{0,10}(退|钱)|少寄.{0,10}(退|钱)|退(那|这)?一?(件|个|双|条|只)的钱|只发了?.{0,6}(退|钱)|退其中一?(件|个|双|条|只|套)|只(想|要)?退一(件|个|双|条|只|套)")]
    private static partial Regex Partial();

    /// <summary>A price drop is price protection, which the platform works out on the order page (the shop's policy).</summary>
    [GeneratedRegex("降价|便宜了|降了|差价|价格.{0,3}(低|降)")]
    private static partial Regex PriceDrop();

    [GeneratedRegex("其中一?(件|个|双|条|只|套)|只(想|要)?退一(件|个|双|条|只|套)|退一(件|个|双|条|只|套)的钱")]
    private static partial Regex OnePiece();

    // "我再寄一件回去", "收到后寄回来", "那件退回去".
    [GeneratedRegex("寄.{0,4}回|退回(去|给)|(退|还)给你们")]
    private static partial Regex SentBack();

    [GeneratedRegex("少发|少寄|只发了?|没发.{0,3}(一|那)|缺了?一")]
    private static partial Regex MissingPiece();

    [GeneratedRegex("^(就|退|那就|那|给我)?(?<n>[0-9]{1,5}(?:\\.[0-9]{1,2})?)(元|块钱|块|rmb)?(吧|就行|就好|就可以|左右|好了)?[。.!！~]*$")]
    private static partial Regex SumOnly();

}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// One of several pieces in an order sent back: "两个杯子有一个漏水" then "漏的那个退了吧 退一个的钱" is the return of
/// that piece for its money, recorded as such, never a sum to agree on as if the goods were kept.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private const string OnePieceKey = "one_piece_of";

    /// <summary>True, and the order's piece count kept, when the buyer sends back one piece of an order of several.</summary>
    private static bool ReturnsOnePiece(FlowContext context)
    {
        var state = context.State;
        // "赶紧给我补一个过来 别让我退货": one piece named, and the sending back denied, is no return of it.
        if (!context.Guard.Acts(OnePieceBack())
            || (state.OrderNumber ?? RecordedHere(state) ?? state.LastOrderNumber) is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Quantity: > 1 } order)
        {
            return false;
        }

        state.Values[OnePieceKey] = order.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>A return for the money: of the one piece with its share of the price when one of several goes back, else of the order.</summary>
    private static Task<CaseRecord> OpenRefundReturnAsync(FlowContext context, string orderNumber, string description, IReadOnlyList<string> photos, CancellationToken cancellationToken) =>
        context.State.Values.TryGetValue(OnePieceKey, out var pieces)
            ? context.Actions.OpenPieceReturnAsync(context.Turn, orderNumber, 1, $"{description}（退其中1件，共{pieces}件）", photos, cancellationToken)
            : context.Actions.OpenReturnCaseAsync(context.Turn, orderNumber, false, description, photos, cancellationToken);

    // "漏的那个退了吧", "退一个杯子的钱", "坏的那只退掉": one piece sent back for its money.
    [GeneratedRegex("退[掉了回]?[^,，。;；]{0,3}(?:一个|一只|一件|一条|那个|那只|那件)[^,，。;；]{0,4}的?钱|(?:一个|一只|一件|那个|那只|那件)[^,，。;；]{0,6}(?:退了|退掉|退货|退回|的钱)")]
    private static partial Regex OnePieceBack();
}

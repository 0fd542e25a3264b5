using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "之前手滑点错了", "不小心点的退款" right after the buyer was told how to take a refund back: why it was applied for,
/// heard and answered with where the order stands, never a menu of needs.
/// </summary>
public static partial class WithdrawalMistake
{
    /// <summary>Longer lines carry a need of their own.</summary>
    private const int MaxLength = 16;

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || context.Compact.Length > MaxLength || !Mistake().IsMatch(context.Compact)
            || state.SaidTemplates.LastOrDefault() is not { } last || !last.StartsWith("refund_withdrawal.", StringComparison.Ordinal)
            || state.LastOrderToldOf("refund_withdrawal.") is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        state.ClearClarification();
        context.Say(order.Status == OrderStatus.Shipped ? "refund_withdrawal.mistake_shipped" : "refund_withdrawal.mistake", context.SlotsOf(order));
        return true;
    }

    // "手滑点错了", "不小心点的", "按错了", "误操作", "点错地方了".
    [GeneratedRegex("点错|按错|手滑|误点|误操作|不小心(?:点|按|申请|提交)|申请错|提交错")]
    private static partial Regex Mistake();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "我不想寄来寄去的 直接退我一个杯子的钱", "不退货 直接退款": the price of the goods back while the buyer keeps them is
/// no return (nothing goes back) and far more than the compensation the bot may give, so a supervisor decides, with the
/// order, the problem and the sum recorded; never a return-and-refund the buyer turned down.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private const string KeptRefundTemplate = "quality_return.kept_refund_needs_supervisor";

    /// <summary>True, with the supervisor's record written and the chat handed over, when the buyer keeps the goods for their money.</summary>
    private static async Task<bool> RefundsKeptGoodsAsync(FlowContext context, Order? order, CancellationToken cancellationToken)
    {
        if (order is not { Status: OrderStatus.Shipped or OrderStatus.Completed, Quantity: > 0 } || !KeepsGoodsForMoney(context)
            // A piece that never came is refunded without anything to send back: that is the missing-piece refund.
            || ProblemOf(context.State.Values.GetValueOrDefault(DescriptionKey) ?? string.Empty) == QualityProblem.Missing
            || QualityProblems.Of(context.Normalized) == QualityProblem.Missing)
        {
            return false;
        }

        var pieces = order.Quantity > 1 && OnePieceBack().IsMatch(context.Compact) ? 1 : order.Quantity;
        var sum = Math.Round(order.AmountPaid * pieces / order.Quantity, 2);
        var cap = context.Services.Options.MaxBotCompensation;
        if (sum <= cap)
        {
            return false;
        }

        var sumText = sum.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        var what = pieces < order.Quantity ? $"退其中{pieces}件的钱{sumText}元（共{order.Quantity}件）" : $"退全款{sumText}元";
        await HandToSupervisorAsync(context, order, sum, $"不寄回商品，要求直接{what}", cancellationToken).ConfigureAwait(false);
        context.Say(KeptRefundTemplate, new Dictionary<string, string?>(context.SlotsOf(order))
        {
            [Templates.TemplateSlots.Amount] = cap.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            [Templates.TemplateSlots.AskedAmount] = sumText,
        });
        context.NeedPerson(Compensation);
        context.Finish();
        return true;
    }

    /// <summary>
    /// The money wanted back and the goods kept: "直接退钱" or "退款" beside "不想寄来寄去", "不退货", "东西留着"; a
    /// compensation or part of the money asked for is a settlement of its own, never this.
    /// </summary>
    public static bool KeepsGoodsForMoney(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        return MoneyBack().IsMatch(compact) && !MoneyRefused().IsMatch(compact) && !ReshipWords().IsMatch(compact)
            && !QualitySettlements.WantsReship(context.Normalized)
            && (NoSendingBack().IsMatch(compact) || ReturnRefused().IsMatch(compact) || KeepsGoods().IsMatch(compact))
            && !(CompensationChosen().IsMatch(compact) && !RefusesCompensation(compact))
            && !QualitySettlements.WantsPartialRefund(context.Normalized) && !QualitySettlements.WantsExchange(context.Normalized);
    }

    // "直接退我一个杯子的钱", "把钱退给我", "退款", "仅退款".
    [GeneratedRegex("退[^,，。;；!！?？]{0,8}?钱|退款|把钱退|钱退(?:给我|我)")]
    private static partial Regex MoneyBack();

    // "不要退款 你们给我补两个碗", "别退钱": the money is what the buyer turns down.
    [GeneratedRegex("(?:不要|不用|不需要|别|不想|不)(?:给我)?(?:退款|退钱)")]
    private static partial Regex MoneyRefused();

    // "寄来寄去", "来回寄太麻烦", "不想寄回", "不用寄回去", "退款不退货", "仅退款": nothing goes back to the shop.
    [GeneratedRegex("寄来寄去|退来退去|来回(?:寄|退|折腾)|(?:不想|不要|不用|不愿意?|懒得|没法|没空)(?:再)?(?:寄|退)(?:回|货)|寄回[去来]?(?:太|好|很|挺|真|有点)?(?:麻烦|费劲|折腾)|仅退款|只退款|退款不退货")]
    private static partial Regex NoSendingBack();
}

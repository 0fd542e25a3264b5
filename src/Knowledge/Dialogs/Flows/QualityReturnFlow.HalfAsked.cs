using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "一个杯子89 起码赔一半", "给我退一半", "半价赔给我": half the price while the buyer keeps the goods is far above the
/// compensation the bot may give, so a supervisor decides, with the sum worked out from what was paid (of one piece when
/// the line names one) on the record; never the policy's small sum offered again, nor a price the buyer named read as
/// the sum asked.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private const string HalfAskedTemplate = "quality_return.half_needs_supervisor";

    /// <summary>True, with the supervisor's record written and the chat handed over, when half the price is asked.</summary>
    private static async Task<bool> AsksHalfPriceAsync(FlowContext context, Order? order, CancellationToken cancellationToken)
    {
        if (order is not { Status: OrderStatus.Shipped or OrderStatus.Completed, Quantity: > 0 } || !AsksHalf(context.Compact))
        {
            return false;
        }

        var pieces = order.Quantity > 1 && OnePieceNamed().IsMatch(context.Compact) ? 1 : order.Quantity;
        var paid = Math.Round(order.AmountPaid * pieces / order.Quantity, 2);
        var half = Math.Round(paid / 2, 2);
        var cap = context.Services.Options.MaxBotCompensation;
        if (half <= cap)
        {
            return false;
        }

        string Text(decimal sum) => sum.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        var of = pieces < order.Quantity ? $"其中{pieces}件" : "订单";
        await HandToSupervisorAsync(context, order, half, $"要求赔一半，约{Text(half)}元（{of}实付{Text(paid)}元的一半）", cancellationToken).ConfigureAwait(false);
        context.Say(HalfAskedTemplate, new Dictionary<string, string?>(context.SlotsOf(order)) { [Templates.TemplateSlots.Amount] = Text(cap) });
        context.NeedPerson(Compensation);
        context.Finish();
        return true;
    }

    /// <summary>"起码赔一半", "退一半给我", "半价补偿": half the money, never "一半是好的" nor a compensation turned down.</summary>
    private static bool AsksHalf(string compact) => HalfWords().IsMatch(compact) && !RefusesCompensation(compact);

    [GeneratedRegex("(?:赔|退|补|返|给)(?:偿|款|贴)?(?:我|给我|个)?一半|一半的?(?:钱|货款|价钱|价格)|(?:按|打)?半价(?:赔|退|补)|(?:赔|退|补)(?:我|给我)?半价|五折(?:赔|退|补)")]
    private static partial Regex HalfWords();

    // "一个杯子89", "坏的那只": the line is about one piece of several.
    [GeneratedRegex("(?:一|那)(?:个|只|件|条|套|双|把)")]
    private static partial Regex OnePieceNamed();
}

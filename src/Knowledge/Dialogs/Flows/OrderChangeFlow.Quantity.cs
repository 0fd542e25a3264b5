using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A quantity read against the order's own (the shop's policy): a paid order cannot take more pieces, so more is a
/// second order shipped with it; fewer pieces of an order waiting to ship cannot be edited in place either, so the wish
/// is recorded for a colleague to check whether the pieces dropped can be refunded (no sum promised, none on the
/// record), with a whole refund and a new order as the other way; an unpaid order is reordered; a shipped one is returned in
/// part after receipt.
/// </summary>
public sealed partial class OrderChangeFlow
{
    /// <returns>False when the order's state is the general change's business (a refund under way, a closed order).</returns>
    private static async Task<bool> QuantityAsync(FlowContext context, Order order, OrderChange change, CancellationToken cancellationToken)
    {
        var unit = change.Cut?.Unit ?? (change.To is { } to ? UnitOf().Match(to).Value : null) ?? "件";
        int? keep = change.Cut is { } cut ? cut.Kept(order.Quantity)
            : change.To is { } total && CountOf().Match(total) is { Success: true } count ? DateMentions.Number(count.Value) : null;
        if (keep is not { } kept || order.HasRefundUnderWay || order.Status is not (OrderStatus.AwaitingPayment or OrderStatus.AwaitingShipment or OrderStatus.Shipped or OrderStatus.Completed))
        {
            return false;
        }

        var ordered = order.Quantity;
        var dropped = ordered - kept;
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.Change] = kept < ordered && kept > 0 && order.Status != OrderStatus.AwaitingPayment ? $"{ordered}{unit}里少发{dropped}{unit}，只发{kept}{unit}" : $"数量改成{kept}{unit}",
            [TemplateSlots.Amount] = kept < ordered && kept > 0 ? Money(order.AmountPaid * dropped / ordered) : null,
        };
        string situation;
        if (order.Status == OrderStatus.AwaitingPayment)
        {
            situation = "unpaid";
        }
        else if (order.Status is OrderStatus.Shipped or OrderStatus.Completed)
        {
            situation = kept < ordered ? "shipped_fewer" : "shipped_reorder";
        }
        else if (kept == ordered)
        {
            situation = "same_quantity";
        }
        else if (kept > ordered)
        {
            situation = "more_reorder";
        }
        else if (kept <= 0)
        {
            situation = "fewer_all";
        }
        else
        {
            var description = $"数量从{ordered}{unit}减到{kept}{unit}：少发{dropped}{unit}，其余照常发货（商品：{order.Title}）";
            var open = (await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false))
                .Where(c => c.Kind == CaseKind.OrderChange && c.Status == CaseStatus.Open && c.Reason == FewerReason).ToList();
            // The kernel adds the sum to check after the description.
            var asked = open.Any(c => c.Description?.StartsWith(description, StringComparison.Ordinal) == true);
            // "不对 是少发一包": the count the buyer gives last is the one recorded; the earlier cut of this chat is withdrawn.
            var replaced = asked ? [] : open.Where(c => c.ConversationId == context.Input.ConversationId).ToList();
            foreach (var earlier in replaced)
            {
                await context.Actions.WithdrawCaseAsync(context.Turn, earlier.Id, "买家更正了数量，已按更正后的重新登记", cancellationToken).ConfigureAwait(false);
            }

            if (!asked)
            {
                await context.Actions.RequestPartialCancelAsync(context.Turn, order.OrderNumber, dropped, description, cancellationToken).ConfigureAwait(false);
            }

            // The engine may have withdrawn the earlier cut itself when it read the correction (CorrectsKey).
            situation = asked ? "fewer_already_recorded" : replaced.Count > 0 || context.State.Values.ContainsKey(CorrectsKey) ? "fewer_corrected"
                : context.Services.Orders.Facts(order).IsPastShippingPromise ? "fewer_recorded_late" : "fewer_recorded";
        }

        context.State.LastOrderNumber = order.OrderNumber;
        context.Say($"{Area}.{situation}", slots);
        return true;
    }

    /// <summary>The reason fewer pieces are recorded under (the kernel's partial cancel writes it).</summary>
    public const string FewerReason = "减少数量";

    private static string Money(decimal yuan) => Math.Round(yuan, 2).ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex("[0-9]{1,2}|[一二两三四五六七八九十]{1,2}")]
    private static partial Regex CountOf();

    [GeneratedRegex("[^0-9一二两三四五六七八九十]+$")]
    private static partial Regex UnitOf();
}

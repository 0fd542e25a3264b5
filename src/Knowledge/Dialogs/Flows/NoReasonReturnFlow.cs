using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A return without a reason, checked against the order's dates: unshipped orders are cancelled instead, parcels on
/// the way can be returned within seven days of signing, and an order most likely signed more than seven days ago is
/// past the no-reason window (a quality problem is still handled). The export has no signing time, so signing is
/// taken as <see cref="DaysToSign"/> days after shipping, and the words stay hedged.
/// </summary>
public sealed partial class NoReasonReturnFlow : IDialogFlow
{
    public const int DaysToSign = 3;
    public const int WindowDays = 7;
    private const string ExchangeRecorded = "no_reason_return.exchange_recorded";

    public string Intent => IntentIds.NoReasonReturn;

    public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (Hesitation.TryHoldOff(context))
        {
            return Task.CompletedTask;
        }

        // "能换个白色的吗" names the colour wanted, not the buyer's white orders.
        if (context.State.Step is null && SizeOrStyleChange().IsMatch(context.Normalized))
        {
            context.ReadFactsFrom(SizeOrStyleChange().Replace(context.Normalized, string.Empty));
        }

        // An order whose refund is already under way is no order to start a return on: it is never offered in the list.
        var order = OrderResolver.Resolve(context, "no_reason_return", o => o.Status is OrderStatus.Shipped or OrderStatus.Completed && !o.HasRefundUnderWay);
        if (order is null)
        {
            return Task.CompletedTask;
        }

        var facts = context.Services.Orders.Facts(order);
        var slots = context.SlotsOf(order);
        if (context.Told(ExchangeRecorded, order.OrderNumber))
        {
            // "好的 帮我换" after the exchange was recorded: it is done, nothing is recorded twice.
            context.Say("no_reason_return.exchange_already", slots);
            context.Finish();
            return Task.CompletedTask;
        }

        var withinWindow = order.Status is OrderStatus.Shipped or OrderStatus.Completed && facts.DaysSinceShipment <= WindowDays + DaysToSign;
        if (withinWindow && SizeOrStyleChange().Match(context.Normalized.Replace(" ", string.Empty, StringComparison.Ordinal)) is { Success: true } change)
        {
            return RecordExchangeAsync(context, order, change.Groups["to"].Value.ToUpperInvariant(), slots, cancellationToken);
        }

        context.Say(order.Status switch
        {
            OrderStatus.AwaitingPayment or OrderStatus.AwaitingShipment => "no_reason_return.not_shipped",
            OrderStatus.Closed => "track.closed",
            _ when facts.DaysSinceShipment > WindowDays + DaysToSign => "no_reason_return.outside_window",
            _ => "no_reason_return.within_window",
        }, slots);
        context.Finish();
        return Task.CompletedTask;
    }

    /// <summary>
    /// "XL太大了 能换成L吗": not a defect but the wrong size or style for the buyer, inside the no-reason window: an
    /// exchange is recorded (the target size or colour, never the sentence), postage on the buyer.
    /// </summary>
    private static async Task RecordExchangeAsync(FlowContext context, Order order, string target, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var description = target.Length > 0 ? $"尺码或款式不合适（非质量问题），买家要换成{target}" : "尺码或款式不合适（非质量问题），买家要换货";
        await context.Actions.OpenReturnCaseAsync(context.Turn, order.OrderNumber, true, description, [], cancellationToken).ConfigureAwait(false);
        context.Say(ExchangeRecorded, slots);
        context.Finish();
    }

    [GeneratedRegex("换(成|个|一个|一件|为)?(?<to>[0-9]{2,3}(码|cm|的)?|[2-5]?x{0,3}[lsm](码|号)?|大一?[个点码号]|小一?[个点码号]|[^,.;!?。！？；的]{1,4}色)|换(个|一个)?(尺码|码|大小|颜色|款)|换货")]
    private static partial Regex SizeOrStyleChange();
}

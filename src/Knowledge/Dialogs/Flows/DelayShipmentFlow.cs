using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Ship later, please: on an unshipped order the request is recorded with the time the buyer named and the buyer is
/// told what happens next (the warehouse holds it; a colleague writes only if it cannot), with no person to wait for;
/// an order already on its way cannot be held back.
/// </summary>
public sealed partial class DelayShipmentFlow : IDialogFlow
{
    private const string Noted = "delay_shipment.noted";
    private const string NotedNoTime = "delay_shipment.noted_no_time";

    public string Intent => IntentIds.DelayShipment;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var order = OrderResolver.Resolve(context, "delay_shipment", o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay);
        if (order is null)
        {
            return;
        }

        if (!order.HasRefundUnderWay && HoldLifted.Lifts(context.Normalized) && await HoldLifted.LiftAsync(context, order, cancellationToken).ConfigureAwait(false))
        {
            context.Finish();
            return;
        }

        switch (order.Status)
        {
            case OrderStatus.AwaitingShipment when order.HasRefundUnderWay:
                context.Say("delay_shipment.refund_under_way", context.SlotsOf(order));
                break;
            // "不是不要 是晚点发" after the note: it stands as recorded, with its time; nothing is written twice.
            case OrderStatus.AwaitingShipment when context.Told(Noted, order.OrderNumber) && !WhenWords().IsMatch(context.Compact):
                context.Say("delay_shipment.already_noted", context.SlotsOf(order));
                break;
            case OrderStatus.AwaitingShipment:
                var when = When(context.Normalized);
                await context.Actions.RecordDelayShipmentAsync(context.Turn, order.OrderNumber, Description(when), cancellationToken).ConfigureAwait(false);
                context.Say(when is null ? NotedNoTime : Noted, SlotsWithDate(context, order, when));
                break;
            case OrderStatus.AwaitingPayment:
                context.Say("delay_shipment.awaiting_payment", context.SlotsOf(order));
                break;
            case OrderStatus.Shipped:
                context.Say("delay_shipment.already_shipped", context.SlotsOf(order));
                break;
            case OrderStatus.Closed:
                context.Say("track.closed", context.SlotsOf(order));
                break;
            default:
                context.Say("track.completed", context.SlotsOf(order));
                break;
        }

        context.Finish();
    }

    /// <summary>
    /// The time the buyer named, never their sentence itself. Of several times the one put before 再发/发/寄 wins
    /// ("我下周出差，过几天再发" → 过几天), a whole date over its month ("下个月3号").
    /// </summary>
    private static string? When(string normalized)
    {
        var compact = CompactText.Of(normalized);
        var times = WhenWords().Matches(compact);
        return (times.FirstOrDefault(m => ShipVerbAfter().IsMatch(compact.AsSpan(m.Index + m.Length))) ?? times.FirstOrDefault())?.Value;
    }

    /// <summary>What the warehouse needs: the time the buyer named.</summary>
    private static string Description(string? when) => when is null
        ? "买家希望推迟发货，没有说具体哪天，请同事和买家确认"
        : $"买家希望推迟发货，提到的时间：{when}";

    /// <summary>The order's slots and the time said back: a date the words fix (下周三以后 → 12月9日（周三）以后), else the words.</summary>
    private static Dictionary<string, string?> SlotsWithDate(FlowContext context, Order order, string? when) =>
        new(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [Templates.TemplateSlots.Date] = when is null ? null : Entities.SaidDates.ShipLater(when, context.Services.Time.GetUtcNow()) ?? when,
        };

    [GeneratedRegex("^(再|才|后|之后|以后)?(发|寄|送)")]
    private static partial Regex ShipVerbAfter();

    [GeneratedRegex("(下下?个?月|[0-9一二三四五六七八九十]+月)(初|中|底|[0-9一二三四五六七八九十]+(号|日))(之?后|以后)?|下下?(周|週|个?星期|个?礼拜)[一二三四五六日天]?(之?后|以后)?|(这个?|本)?(周|週|星期|礼拜)[一二三四五六日天](之?后|以后)?|下个?月(初|中|底)?|月底|月初|月中|过(几|两|三|一)天|过段时间|过一阵|周末|[0-9一二三四五六七八九十]+(号|日)(之?后|以后)?|节后|年后|过完年|国庆(之?后)?|元旦(之?后)?|开学(之?后)?|[0-9一二三四五六七八九十两]+(天|周|个月)(之?后|以后)")]
    private static partial Regex WhenWords();
}

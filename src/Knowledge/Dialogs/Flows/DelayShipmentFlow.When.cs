using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>The time the buyer names for the hold, and whether it is a day to ship on.</summary>
public sealed partial class DelayShipmentFlow
{
    /// <summary>
    /// The time the buyer named, never their sentence itself. Of several times the one put before 再发/发/寄 wins
    /// ("我下周出差，过几天再发" → 过几天), a whole date over its month ("下个月3号").
    /// </summary>
    private static string? When(string normalized)
    {
        // "过了26号再发" is "26号以后", the form the date reader knows.
        var compact = PassedDay().Replace(CompactText.Of(normalized), "${day}以后");
        var times = WhenWords().Matches(compact);
        if (RangeEnd(compact, times) is { } end)
        {
            return end;
        }

        return (times.FirstOrDefault(m => ShipVerbAfter().IsMatch(compact.AsSpan(m.Index + m.Length))) ?? times.FirstOrDefault())?.Value;
    }

    /// <summary>"26号以后再发", also typed "在发": a day the buyer names to ship on.</summary>
    private static bool ShipDayNamed(string compact)
    {
        var passed = PassedDay().Replace(compact, "${day}以后");
        return WhenWords().Matches(passed).Any(m => ShipVerbAfter().IsMatch(passed.AsSpan(m.Index + m.Length)));
    }

    /// <summary>
    /// "地址改成… 过几天再发吧": a later wish with no day fixed, beside a change of address, is held on the order with the
    /// day left for a colleague to agree; false when there is none or the order is held already.
    /// </summary>
    public static async Task<bool> NoteUndatedBesideAsync(FlowContext context, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        var when = When(context.Normalized);
        if (order.Status != OrderStatus.AwaitingShipment || when is null || !LaterWish().IsMatch(context.Compact)
            || Entities.SaidDates.ShipLater(when, context.Services.Time.GetUtcNow()) is not null
            || await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, Cases.CaseKind.DelayShipment).ConfigureAwait(false) is not null)
        {
            return false;
        }

        await context.Actions.RecordDelayShipmentAsync(context.Turn, order.OrderNumber, Description(when, null, context.Compact), cancellationToken).ConfigureAwait(false);
        context.Say("delay_shipment.noted_undated_beside", context.SlotsOf(order));
        return true;
    }

    [GeneratedRegex("过了(?<day>[0-9一二三四五六七八九十]+(号|日))")]
    private static partial Regex PassedDay();
}

using System.Globalization;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "我要改尺码", "想换个颜色" with no new value: nothing vague is written down; the buyer is asked which size (with the
/// size chart) or which colour, and the answer ("改成130的", "130的", "白色") records the change from what to what.
/// </summary>
public sealed partial class OrderChangeFlow
{
    /// <summary>How often the new value was asked for, so the buyer is never asked without end.</summary>
    private const string ValueAskedKey = "order_change_value_asked";

    /// <summary>The buyer answers the question which size or colour the order should change to.</summary>
    public static bool GivesAskedValue(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State is { ActiveFlow: FlowId, Step: DialogSteps.AskNewValue }
            && context.State.Values.GetValueOrDefault(RequestKey) is { } request
            && OrderChanges.Read(request) is { } vague
            && ValueGiven(context.Normalized, vague) is not null;
    }

    private static OrderChange? ValueGiven(string normalized, OrderChange vague) =>
        OrderChanges.Read(normalized) is { To: not null } said && said.Kind == vague.Kind ? said
        : OrderChanges.OtherValue(normalized, vague) is { } value ? vague with { To = value }
        : null;

    /// <summary>
    /// "能换个颜色不 换成米白的": the value that follows the ask in the same line completes the change; the colour or size
    /// bought ("雾霾灰的能换个颜色吗") is never it.
    /// </summary>
    private static OrderChange WithValueNamed(string request, OrderChange change, Order order) =>
        change.To is null && change.Kind is OrderChangeKind.Size or OrderChangeKind.Colour
        && OrderChanges.OtherValue(request, change) is { } named
        && !order.Title.Contains(named.Replace("cm", string.Empty, StringComparison.Ordinal).TrimEnd('色'), StringComparison.OrdinalIgnoreCase)
            ? change with { To = named }
            : change;

    /// <summary>
    /// Asks for the value, again when a line without one came back ("尺码表在哪看": the answer points to the chart); after
    /// a second try the flow ends without a vague record.
    /// </summary>
    private static bool AsksNewValue(FlowContext context, Order order, OrderChange change)
    {
        if (change.To is not null || change.Kind is not (OrderChangeKind.Size or OrderChangeKind.Colour))
        {
            return false;
        }

        var values = context.State.Values;
        _ = int.TryParse(values.GetValueOrDefault(ValueAskedKey), NumberStyles.None, CultureInfo.InvariantCulture, out var asked);
        if (asked >= MaxValueAsks)
        {
            context.Say($"{Area}.unclear");
            context.Finish();
            return true;
        }

        values[ValueAskedKey] = (asked + 1).ToString(CultureInfo.InvariantCulture);
        context.State.LastOrderNumber = order.OrderNumber;
        context.Say(change.Kind == OrderChangeKind.Size ? $"{Area}.ask_size" : $"{Area}.ask_colour", context.SlotsOf(order));
        context.Await(DialogSteps.AskNewValue);
        return true;
    }

    private const int MaxValueAsks = 2;
}

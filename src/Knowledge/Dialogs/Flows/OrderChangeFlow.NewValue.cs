using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "我要改尺码", "想换个颜色" with no new value: nothing vague is written down; the buyer is asked which size (with the
/// size chart) or which colour, and the answer ("改成130的", "130的", "白色") records the change from what to what.
/// </summary>
public sealed partial class OrderChangeFlow
{
    /// <summary>Set once the new value was asked for, so a second line without one records the change as it stands.</summary>
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

    private static bool AsksNewValue(FlowContext context, Order order, OrderChange change)
    {
        if (change.To is not null || change.Kind is not (OrderChangeKind.Size or OrderChangeKind.Colour) || !context.State.Values.TryAdd(ValueAskedKey, "1"))
        {
            return false;
        }

        context.State.LastOrderNumber = order.OrderNumber;
        context.Say(change.Kind == OrderChangeKind.Size ? $"{Area}.ask_size" : $"{Area}.ask_colour", context.SlotsOf(order));
        context.Await(DialogSteps.AskNewValue);
        return true;
    }
}

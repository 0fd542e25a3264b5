using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "你们能不能先直接发L的过来 XL的我收到再寄回去" about a sent order whose exchange was only talked about: the new goods
/// sent before the old come back is no standard exchange, so the buyer hears that only a colleague could agree, and an
/// exchange is recorded with the wish on it; never a delivery time, a pickup point or a promise. With an exchange
/// already recorded here the wish goes on it (<see cref="QualityReturnFlow.NotesNewFirstAsync"/>).
/// </summary>
public static class ExchangeSentFirst
{
    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (!QualityReturnFlow.AsksNewFirst(context.Compact) || !QualityReturnFlow.SendsOldBack(context.Compact) || OrderOf(context) is not { } order)
        {
            return false;
        }

        state.ClearClarification();
        state.LastOrderNumber = order.OrderNumber;
        if (await QualityReturnFlow.NotesNewFirstAsync(context, order.OrderNumber, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        var item = ProblemPhrases.ItemOf(order.Title, context.Services.Analyzer.Products.ProductWords);
        var description = NoReasonReturnFlow.Describe(item, context.Normalized, true, Change(context, order)) + QualityReturnFlow.NewFirstNote;
        await context.Actions.OpenReturnCaseAsync(context.Turn, order.OrderNumber, exchange: true, description, [], cancellationToken).ConfigureAwait(false);
        context.Say("no_reason_return.exchange_sent_first", context.SlotsOf(order));
        return true;
    }

    /// <summary>"XL换L": the size named for the new goods (or told before), from the size bought when the title has one.</summary>
    private static string? Change(FlowContext context, Order order)
    {
        var said = QualityReturnFlow.NewSize(context.Compact) ?? context.State.WantedOnArrival;
        if (said is not { Length: > 0 } || !LabelSize.IsSize(said))
        {
            return null;
        }

        var target = OrderChanges.Size(said);
        return LabelSize.Bought(order.Title) is { } bought && bought != target ? $"{bought}换{target}" : $"换成{target}";
    }

    /// <summary>The sent order the line is about: the one named, else the one in focus.</summary>
    private static Order? OrderOf(FlowContext context)
    {
        var named = OrderResolver.Named(context);
        var order = named.Count > 0 ? named[0]
            : context.State.LastOrderNumber is { } number ? context.Services.Orders.Find(context.Input.BuyerId, number) : null;
        return order is { Status: OrderStatus.Shipped or OrderStatus.Completed, HasRefundUnderWay: false } ? order : null;
    }
}

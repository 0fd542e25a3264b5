using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Triggers;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Bot.AfterSales;

/// <summary>What the agent reads first when taking a conversation: why, the intent, the order and the case records.</summary>
public sealed class HandoffSummary(IOrderLookup orders, ICaseStore cases)
{
    private const int MaxSummary = 300;

    public async Task<HandoffRequest> RequestAsync(string conversationId, string buyerId, HandoffDecision decision, DialogOutcome outcome, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(outcome);
        var order = outcome.OrderNumber is { } number ? orders.Find(buyerId, number) : null;
        var records = (await cases.ListAsync(new CaseQuery { BuyerId = buyerId }, cancellationToken).ConfigureAwait(false))
            .Where(c => c.ConversationId == conversationId)
            .Select(c => $"{c.Id} {c.Kind.Name()} {c.Status} {c.OrderNumber}")
            .ToList();
        var summary = text.Length > MaxSummary ? text[..MaxSummary] : text;
        return new HandoffRequest(conversationId, buyerId, decision.Reason, outcome.Intent, decision.Priority, summary, order is null ? null : Describe(order), records);
    }

    private static string Describe(Order order) =>
        $"{OrderSlots.Describe(order)} 实付¥{order.AmountPaid:0.00} {order.Carrier} {order.TrackingNumber}".TrimEnd();
}

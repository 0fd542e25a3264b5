using ShopBot.Bot.Agents;
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
        var opened = (await cases.ListAsync(new CaseQuery { BuyerId = buyerId }, cancellationToken).ConfigureAwait(false))
            .Where(c => c.ConversationId == conversationId)
            .ToList();
        var records = opened.Select(c => $"{c.Id} {c.Kind.Name()} {c.Status} {c.OrderNumber}").ToList();
        var need = Need(decision, outcome, opened);
        // The agent reads the need in the shop's words first; the buyer's own line stays in the transcript.
        var summary = order is null ? need : $"{need}；订单{OrderSlots.Describe(order)}";
        return new HandoffRequest(conversationId, buyerId, decision.Reason, outcome.Intent, decision.Priority, Cut(summary), order is null ? null : Describe(order), records)
        {
            Need = need,
            BuyerWords = Cut(text),
        };
    }

    private static string Cut(string text) => text.Length > MaxSummary ? text[..MaxSummary] : text;

    /// <summary>
    /// The need in the shop's words, never the buyer's sentence: why a person is needed, what it is about, and what the
    /// bot recorded ("需要人工处理：疑似丢件；查物流；已登记：丢件（订单…）发出15天仍未签收").
    /// </summary>
    private static string Need(HandoffDecision decision, DialogOutcome outcome, IReadOnlyList<CaseRecord> opened)
    {
        var parts = new List<string> { HandoffReasonText.Of(decision.Reason) };
        if (outcome.Intent is { Length: > 0 } intent && intent != Knowledge.Intents.IntentIds.Human)
        {
            parts.Add(Knowledge.Intents.IntentNames.Of(intent));
        }

        parts.AddRange(opened.Where(c => c.Status == CaseStatus.Open).Select(c => $"已登记{c.Kind.Label()}（订单{c.OrderNumber}）{c.Description ?? c.Reason}".TrimEnd()));
        return string.Join("；", parts);
    }

    private static string Describe(Order order) =>
        $"{OrderSlots.Describe(order)} 实付¥{order.AmountPaid:0.00} {order.Carrier} {order.TrackingNumber}".TrimEnd();
}

using ShopBot.Handoff;
using ShopBot.Handoff.History;
using ShopBot.Handoff.Routing;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Handoff.Desk;

namespace ShopBot.Bot.Agents;

/// <summary>Adds to a conversation view what the agent should know of the buyer: the recap, earlier conversations, all cases.</summary>
public sealed class BuyerHistoryViews(IBuyerHistory history, AgentDesk handoff, IOrderLookup orders)
{
    public async Task<ConversationView> DescribeAsync(ConversationView view, IReadOnlyList<CaseRecord> buyerCases, Func<CaseRecord, CaseItem> caseItem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(buyerCases);
        ArgumentNullException.ThrowIfNull(caseItem);
        var logs = await history.ListAsync(view.BuyerId, cancellationToken).ConfigureAwait(false);
        var current = logs.FirstOrDefault(l => l.ConversationId == view.ConversationId)
            ?? await history.ReadAsync(view.ConversationId, cancellationToken).ConfigureAwait(false);
        var earlier = new List<PastConversationItem>();
        foreach (var log in logs.Where(l => l.ConversationId != view.ConversationId && l.Turns.Count > 0))
        {
            var routing = await handoff.GetRoutingAsync(log.ConversationId, cancellationToken).ConfigureAwait(false);
            earlier.Add(Past(log, routing, [.. buyerCases.Where(c => c.ConversationId == log.ConversationId)]));
        }

        return view with
        {
            Recap = ConversationRecaps.Build(current.Turns, [.. buyerCases.Where(c => c.ConversationId == view.ConversationId)], number => orders.Find(view.BuyerId, number)),
            History = earlier,
            BuyerCases = [.. buyerCases.OrderByDescending(c => c.CreatedAt).Select(caseItem)],
        };
    }

    private static PastConversationItem Past(ConversationLog log, ConversationRouting routing, IReadOnlyList<CaseRecord> cases)
    {
        var intent = ConversationRecaps.MainIntents(log.Turns).FirstOrDefault() ?? IntentIds.Other;
        var (outcome, name) = routing.Ticket is not null
            ? (WireNames.Of(routing.Status), routing.Status == RoutingStatus.Closed ? "人工已结束" : StatusNames.Of(routing.Status))
            : log.Turns.Any(t => t.HandoffReason is not null) ? ("handed_off", "转过人工")
            : cases.Count > 0 ? ("recorded", "机器人已登记")
            : ("bot_answered", "机器人已答复");
        if (cases.Count > 0)
        {
            name += "：" + string.Join("、", cases.Select(c => c.Kind.Label()).Distinct());
        }

        return new PastConversationItem(
            log.ConversationId,
            log.StartedAt!.Value,
            log.LastAt!.Value,
            intent,
            IntentNames.Of(intent),
            outcome,
            name,
            log.Rating ?? routing.Rating,
            log.Turns.LastOrDefault(t => t.OrderNumber is not null)?.OrderNumber ?? cases.FirstOrDefault(c => c.OrderNumber is not null)?.OrderNumber,
            [.. cases.Select(c => c.Id)]);
    }
}

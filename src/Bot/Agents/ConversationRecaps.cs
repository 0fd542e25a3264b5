using ShopBot.Handoff.History;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Bot.Agents;

/// <summary>Builds the one-paragraph recap of a conversation from its turn notes, never from the buyer's last line.</summary>
public static class ConversationRecaps
{
    public const string Answered = "answered";
    public const string Clarifying = "clarifying";
    public const string NotUnderstood = "not_understood";

    public static BuyerRecap Build(IReadOnlyList<TurnNote> turns, IReadOnlyList<CaseRecord> cases, Func<string, Order?> findOrder)
    {
        ArgumentNullException.ThrowIfNull(turns);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(findOrder);
        var intents = MainIntents(turns);
        var orderNumber = turns.LastOrDefault(t => t.OrderNumber is not null)?.OrderNumber ?? cases.LastOrDefault(c => c.OrderNumber is not null)?.OrderNumber;
        var order = orderNumber is null ? null : findOrder(orderNumber);
        var actions = Actions(turns, cases);
        var names = intents.Select(IntentNames.Of).ToList();
        var text = turns.Count == 0 && cases.Count == 0
            ? "这次会话还没有机器人处理的记录。"
            : string.Concat(
                "买家想要：", names.Count == 0 ? "还没说清" : string.Join("、", names), "。",
                orderNumber is null ? "没有提到订单。" : $"订单：{orderNumber}{(order is null ? string.Empty : "（" + order.Title + "）")}。",
                actions.Count == 0 ? "机器人还没有办理什么。" : "机器人已经" + string.Join("；", actions) + "。");
        return new BuyerRecap(text, intents, names, orderNumber, order?.Title, actions);
    }

    /// <summary>The intents that say what the buyer wants, in the order first asked; the last intent when none does (转人工, 打招呼).</summary>
    public static IReadOnlyList<string> MainIntents(IReadOnlyList<TurnNote> turns)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var requests = turns.Select(t => t.Intent).Where(IntentNames.IsRequest).Distinct(StringComparer.Ordinal).ToList();
        return requests.Count > 0 || turns.Count == 0 ? requests : [turns[^1].Intent];
    }

    private static List<string> Actions(IReadOnlyList<TurnNote> turns, IReadOnlyList<CaseRecord> cases)
    {
        var actions = new List<string>();
        var answered = turns.Where(t => t.Outcome == Answered && IntentNames.IsRequest(t.Intent)).Select(t => IntentNames.Of(t.Intent)).Distinct().ToList();
        if (answered.Count > 0)
        {
            actions.Add("答复了" + string.Join("、", answered));
        }

        var clarifying = turns.Count(t => t.Outcome == Clarifying);
        if (clarifying > 0)
        {
            actions.Add($"追问了 {clarifying} 次");
        }

        var missed = turns.Count(t => t.Outcome == NotUnderstood);
        if (missed > 0)
        {
            actions.Add($"{missed} 次没能理解");
        }

        actions.AddRange(cases.Select(c => $"登记了{c.Kind.Label()}（{c.Id}，{StatusNames.Of(c.Status)}）"));
        actions.AddRange(turns.Where(t => t.HandoffReason is not null)
            .Select(t => "转了人工（" + HandoffReasonText.Of(t.HandoffReason!) + "）")
            .Distinct(StringComparer.Ordinal));
        return actions;
    }
}

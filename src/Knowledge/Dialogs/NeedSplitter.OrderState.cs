using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A part asked of an order that has not shipped: "羽绒服还没发的话能换成130的吗" hangs on where the order stands, which
/// the bot looks up, so it is a need of its own beside the fault told before it, never held back like "明天再不发就退款".
/// </summary>
public sealed partial class NeedSplitter
{
    /// <summary>
    /// Whether a part is held back from being a need; a condition that only names the order's present state
    /// ("还没发的话", "如果还没寄出") holds nothing, so the part is read again without it.
    /// </summary>
    private bool HeldPart(string part, Entities.MessageFacts facts, bool second, IReadOnlyList<Order> orders, DateTimeOffset now)
    {
        if (!Holds(facts.Cues, second))
        {
            return false;
        }

        var rest = StateCondition().Replace(part, string.Empty);
        return rest == part || Holds(services.Analyzer.Analyze(rest, orders, now).Cues, second);
    }

    /// <summary>
    /// "羽绒服能换成130的吗" set apart by a connector: a change to a named order still waiting to ship is the order-change
    /// need, whatever nearest intent the model reads of a few words (a hurry, an exchange, a refund).
    /// </summary>
    private static Understanding? AsOrderChange(Understanding understanding, Entities.MessageFacts facts, IReadOnlyList<Order> orders)
    {
        var waiting = facts.MatchedOrderNumbers.Count > 0
            && orders.Any(o => o.OrderNumber == facts.MatchedOrderNumbers[0] && o.Status == OrderStatus.AwaitingShipment);
        if (!waiting || Flows.OrderChanges.Read(understanding.NormalizedText) is not { To: not null })
        {
            return null;
        }

        return understanding with
        {
            Scores = [new IntentScore(Flows.OrderChangeFlow.FlowId, 1f), .. understanding.Scores],
            Decision = TurnDecision.Answer,
        };
    }

    /// <summary>
    /// "羽绒服还没发的话 | 能不能帮我改成130的": a first part that names only the goods and their present state is the
    /// condition of the size or colour asked after it, one need, never a shipping question beside a change.
    /// </summary>
    private static bool StateBeforeChange(string first, string second) =>
        StateCondition().Replace(first, string.Empty) is var rest && rest != first
        && CompactText.Of(rest).Length <= GoodsNameLength
        && Flows.OrderChanges.Read(second) is { Kind: Flows.OrderChangeKind.Size or Flows.OrderChangeKind.Colour or Flows.OrderChangeKind.Spec };

    /// <summary>Longest goods name ("羽绒服", "那件卫衣") a state condition may carry and still ask nothing of its own.</summary>
    private const int GoodsNameLength = 6;

    /// <summary>"还没发的话", "如果还没寄出", "没發貨的話": the order's present state, never a day to come ("明天还没发的话").</summary>
    [GeneratedRegex("(?<!明天|后天|今天|今晚|再|到时候?|周[一二三四五六日天]|号|点)(?:如果|要是|假如|若是?)?(?:还|還)?(?:没|沒|未)(?:有)?(?:发|發|寄|出)(?:货|貨|出|出去|走)?(?:的话|的話)|(?:如果|要是|假如)(?:还|還)?(?:没|沒|未)(?:有)?(?:发|發|寄)(?:货|貨|出|出去|走)?")]
    private static partial Regex StateCondition();

    /// <summary>"昨天刚发货 还没到手呢 差价退我": the parcel's state told beside a price difference asks nothing of the parcel.</summary>
    private static bool StatesParcelBesidePrice(Understanding price, Understanding parcel) =>
        price.Intent == IntentIds.PriceProtection && parcel.Intent is IntentIds.Track or IntentIds.Hurry
        && !AsksAfterParcel().IsMatch(CompactText.Of(parcel.NormalizedText));
    [GeneratedRegex("到哪|查|什么时候|啥时候|几时|几天|多久|怎么还|咋还|[吗么嘛?]|催|快点|尽快")]
    private static partial Regex AsksAfterParcel();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>A new phone or address given in the same breath as a change of size or colour.</summary>
public sealed partial class NeedSplitter
{
    /// <summary>
    /// "羽绒服想换130 红色不变 电话也改成13688889999": a new phone or address beside a change of size, colour or spec of
    /// an order still waiting to ship is a second need even with no connector, and a kept part ("红色不变") holds
    /// neither back; both are done, in the order said.
    /// </summary>
    private TwoNeeds? ContactBesideChange(NeedCut cut, Entities.MessageFacts firstFacts, Entities.MessageFacts secondFacts, IReadOnlyList<Order> orders)
    {
        if (GivesNewContact(cut.Second, secondFacts) && firstFacts.Address is null
            && AsOrderChange(understander.Understand(cut.First), firstFacts, orders) is { } change)
        {
            return new TwoNeeds(change, AsContactChange(understander.Understand(cut.Second)));
        }

        if (GivesNewContact(cut.First, firstFacts) && secondFacts.Address is null
            && AsOrderChange(understander.Understand(cut.Second), secondFacts, orders) is { } later)
        {
            return new TwoNeeds(AsContactChange(understander.Understand(cut.First)), later);
        }

        return null;
    }

    private static bool GivesNewContact(string part, Entities.MessageFacts facts) =>
        facts.Address is { } address && (address.Mobile ?? address.Detail ?? address.City) is not null
        && NewContactWord().IsMatch(CompactText.Of(part)) && Flows.OrderChanges.Read(part) is not { To: not null };

    private static Understanding AsContactChange(Understanding understanding) =>
        understanding with
        {
            Scores = [new IntentScore(IntentIds.ChangeAddress, 1f), .. understanding.Scores.Where(s => s.Intent != IntentIds.ChangeAddress)],
            Decision = TurnDecision.Answer,
        };

    /// <summary>"电话也改成…", "地址换成…", "收件人改为…": the words that give a new phone, address or recipient.</summary>
    [GeneratedRegex("(?:电话|手机|号码|联系方式|地址|收件人|收货人|電話|手機|號碼|地址|收貨人)(?:号|號)?(?:也|都|再)?(?:帮我|幫我|麻烦|麻煩)?(?:改|换|換|变|變)(?:成|为|為|到)?")]
    private static partial Regex NewContactWord();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The buyer takes up what the bot itself offered in its last answer: "能帮我问问吗" after "我可以请同事帮您问一下仓库"
/// is done (a colleague is asked), never the offer again; "拍好了" after "另拍一单，付好后跟我说，我备注一起发" records
/// the shipped-together note, never a menu of cancelling.
/// </summary>
public static partial class OfferTaken
{
    /// <summary>Why a person is called: the buyer accepted the bot's offer to ask a colleague.</summary>
    public const string ColleagueAsked = "offer_colleague_asked";

    private const int MaxLength = 24;

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var text = CompactText.Of(context.Normalized);
        if (state.ActiveFlow is not null || text.Length > MaxLength)
        {
            return false;
        }

        if (state.LastReplies.Any(r => ColleagueOffer().IsMatch(r)) && AsksToAsk().IsMatch(text))
        {
            state.ClearClarification();
            context.Say("listen_open.colleague_asked");
            context.NeedPerson(ColleagueAsked);
            return true;
        }

        if (state.LastOrderToldOf("policy_topics.combine_pay_first") is { } number && Placed().IsMatch(text)
            && context.Services.Orders.Find(context.Input.BuyerId, number) is { Status: OrderStatus.AwaitingShipment } order)
        {
            state.ClearClarification();
            // Noted already (the buyer asked twice before placing it): the note stands, nothing is recorded again.
            if (state.Told("policy_topics.combine_noted", number))
            {
                context.Say("policy_topics.combine_already_noted", context.SlotsOf(order));
                return true;
            }

            await context.Actions.RecordDelayShipmentAsync(context.Turn, order.OrderNumber, "合并发货：买家已另拍一单，同一地址一起发出", cancellationToken).ConfigureAwait(false);
            context.Say("policy_topics.combine_noted", context.SlotsOf(order));
            state.LastOrderNumber = order.OrderNumber;
            return true;
        }

        return false;
    }

    // The shop's own offers in its policy answers: "我可以请同事帮您问一下", "我请同事帮您问问", "请同事帮您核实".
    [GeneratedRegex("(我可以|我|可以)请同事(帮您|给您|为您)?(问|核实|查|确认|看)")]
    private static partial Regex ColleagueOffer();

    [GeneratedRegex("问问|问一下|问一问|问下|去问|问吧|问啊|问呀|问呗|帮我问|替我问|核实一下|帮我核实|帮我确认|那就麻烦|麻烦(你|您)了")]
    private static partial Regex AsksToAsk();

    [GeneratedRegex("(拍|付|下单|买|付款)(好|完)了|(已经|刚|刚刚|都)(另)?(拍|下单|付款|付|买)(了|好)|新(的|那)?(一)?单(拍|付|下)(好)?了|(拍|下)好(单)?了|^(拍|下单|付款)了")]
    private static partial Regex Placed();
}

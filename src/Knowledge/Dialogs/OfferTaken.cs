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

    private const string YesPlace = "policy_topics.combine_yes_place";

    /// <summary>How the note of an order shipped with the one the buyer places apart begins, and what packing checks.</summary>
    private const string CombinedWith = "和买家另拍的一单合在一个包裹发出";

    private const string NewOrderUnseen = "新单还没同步到订单里，打包前请核对已付款、同一地址";

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

            await PolicyTopics.RecordCombinedAsync(context, order, $"{CombinedWith}：{NewOrderUnseen}", cancellationToken).ConfigureAwait(false);
            return true;
        }

        // "是不是要再拍一单？" after hearing to place the item apart: yes, and the order is noted to go with the new one.
        if (AsksToPlace().IsMatch(text) && state.LastOrderToldOf("policy_topics.combine_pay_first") is { } asked
            && context.Services.Orders.Find(context.Input.BuyerId, asked) is { Status: OrderStatus.AwaitingShipment } waiting)
        {
            state.ClearClarification();
            if (!state.Told("policy_topics.combine_noted", asked) && !state.Told(YesPlace, asked))
            {
                await context.Actions.RecordCombineShipmentAsync(context.Turn, asked, $"{CombinedWith}：买家要加的商品会另拍一单付款，{NewOrderUnseen}", cancellationToken).ConfigureAwait(false);
            }

            context.Say(YesPlace, context.SlotsOf(waiting));
            return true;
        }

        if (WillPlace().IsMatch(text) && !Placed().IsMatch(text) && !Asks().IsMatch(text) && PlaceAgreed(context) is { } agreed)
        {
            state.ClearClarification();
            context.Say(agreed.Template, context.SlotsOf(agreed.Order));
            return true;
        }

        // "付好了" after hearing the unpaid order can join once paid: the export shows the payment later, so it is checked at packing.
        if (state.LastOrderToldOf(PolicyTopics.CombineUnpaid) is { } unpaidNumber && Placed().IsMatch(text)
            && context.Services.Orders.Find(context.Input.BuyerId, unpaidNumber) is { } unpaid
            && PolicyTopics.CombineAnchor(context.Services.Orders.OrdersOf(context.Input.BuyerId), unpaid) is { } anchor)
        {
            state.ClearClarification();
            if (state.Told("policy_topics.combine_noted", anchor.OrderNumber))
            {
                context.Say("policy_topics.combine_already_noted", context.SlotsOf(anchor));
                return true;
            }

            await PolicyTopics.RecordCombinedAsync(context, anchor, $"和订单{unpaid.OrderNumber}（{unpaid.Title}）合在一个包裹发出：买家说那单已经付款，打包前请核对已付款", cancellationToken).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "那我另外拍一单" after "另拍一单，付好后跟我说", "那我重新拍" about the closed order just talked of: the buyer agrees to
    /// place a new order; what to do next is said in a line, never a list of other orders nor the closing again.
    /// </summary>
    private static (string Template, Order Order)? PlaceAgreed(FlowContext context)
    {
        var state = context.State;
        var orders = context.Services.Orders;
        var buyer = context.Input.BuyerId;
        // "那我再拍一单 你们一起发" asks for the note already: it is recorded by the combining answer, not only agreed.
        if (state.LastOrderToldOf("policy_topics.combine_pay_first") is { } held && !Together().IsMatch(context.Compact)
            && orders.Find(buyer, held) is { Status: OrderStatus.AwaitingShipment } waiting)
        {
            return ("policy_topics.combine_will_place", waiting);
        }

        return state.LastOrderNumber is { } last && orders.Find(buyer, last) is { Status: OrderStatus.Closed, AmountPaid: 0 } closed
            ? ("restore_order.reorder_agreed", closed)
            : null;
    }

    // The shop's own offers in its policy answers: "我可以请同事帮您问一下", "我请同事帮您问问", "请同事帮您核实".
    [GeneratedRegex("(我可以|我|可以)请同事(帮您|给您|为您)?(问|核实|查|确认|看)")]
    private static partial Regex ColleagueOffer();

    [GeneratedRegex("问问|问一下|问一问|问下|去问|问吧|问啊|问呀|问呗|帮我问|替我问|核实一下|帮我核实|帮我确认|那就麻烦|麻烦(你|您)了")]
    private static partial Regex AsksToAsk();

    [GeneratedRegex("(拍|付|下单|买|付款)(好|完)了|(已经|刚|刚刚|都)(另)?(拍|下单|付款|付|买)(了|好)|新(的|那)?(一)?单(拍|付|下)(好)?了|(拍|下)好(单)?了|^(拍|下单|付款|付)了|付过了|(已|已经)付款")]
    private static partial Regex Placed();

    [GeneratedRegex("(?<!不|没|不用|不想)(另外|重新|再|另)(去)?(拍|下单|下一单|买)(?!好|完)|^(那|那我|好|好吧|行)?(就)?(去)?拍(一单|一个)?(吧|呗)?$")]
    private static partial Regex WillPlace();

    /// <summary>"是不是要再拍一单", "要另外下一单吗", "需不需要单独拍": whether the item is to be ordered apart.</summary>
    [GeneratedRegex("(?:是不是|是否|要不要|需不需要|用不用)(?:我)?(?:得|要|需要)?(?:再|另外?|重新|单独)(?:拍|下)|(?:要|得|需要|还要)(?:我)?(?:再|另外?|重新|单独)(?:拍|下)(?:一单|一个|个|单)?(?:吗|么|嘛|\\?|呢)")]
    private static partial Regex AsksToPlace();

    [GeneratedRegex("一起|一块|一同|合并|合在")]
    private static partial Regex Together();

    // "重新拍还是159不", "再拍一单能一起发吗": a question about placing it, answered by its own flow.
    [GeneratedRegex("吗|么|呢|\\?|？|不$|还是|能不能|可不可以|多少|几")]
    private static partial Regex Asks();
}

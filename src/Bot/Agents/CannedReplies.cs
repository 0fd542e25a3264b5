using Microsoft.Extensions.Options;
using ShopBot.Handoff.Queue;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Bot.Agents;

/// <summary>
/// A short, curated set of templates an agent often needs, rendered for the conversation. A template whose slots the
/// conversation cannot fill (no shipped order, say) is left out rather than offered with a gap.
/// </summary>
public sealed class CannedReplies(IReplyTemplates templates, IOrderLookup orders, IOptions<OrdersOptions> ordersOptions)
{
    private static readonly (string TemplateId, string Label)[] Curated =
    [
        ("apology.sorry", "致歉"),
        ("track.shipped", "物流信息"),
        ("quality_return.ask_photo", "请买家拍照"),
        ("quality_return.compensation_offer", "提出补偿"),
        ("closing.anything_else", "还有其他问题吗"),
        ("closing.bye", "结束语"),
    ];

    public CannedReplyList For(string conversationId, HandoffTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var slots = SlotsOf(ticket);
        var replies = new List<CannedReply>();
        foreach (var (templateId, label) in Curated)
        {
            if (!templates.Contains(templateId))
            {
                continue;
            }

            try
            {
                replies.Add(new CannedReply(templateId, label, templates.Render(templateId, slots, conversationId).Text));
            }
            catch (TemplateRenderException)
            {
                // A slot this conversation cannot fill: the reply would not fit, so it is not offered.
            }
        }

        return new CannedReplyList(replies);
    }

    /// <summary>The order named in the ticket, else the buyer's only order; none when it is unclear which order the chat is about.</summary>
    private IReadOnlyDictionary<string, string?> SlotsOf(HandoffTicket ticket)
    {
        var buyerOrders = orders.OrdersOf(ticket.BuyerId);
        var order = buyerOrders.FirstOrDefault(o => ticket.OrderSummary?.Contains(o.OrderNumber, StringComparison.Ordinal) == true)
            ?? (buyerOrders.Count == 1 ? buyerOrders[0] : null);
        return order is null
            ? new Dictionary<string, string?>(StringComparer.Ordinal)
            : OrderSlots.Of(order, orders.Facts(order), ordersOptions.Value);
    }
}

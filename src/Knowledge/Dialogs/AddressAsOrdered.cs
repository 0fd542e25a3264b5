using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "都寄文三路那个地址", "还是发到梧桐里那边" about orders still to ship whose address already holds that place: the
/// address stays as on those orders, which is said back (the phone masked); no new address is asked for and nothing is
/// recorded. A place no such order holds, or an order with a change of address open, is left to the change flow.
/// </summary>
public static partial class AddressAsOrdered
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (context.State.ActiveFlow is not null || Changes().IsMatch(compact) || context.Facts.Address is { City: not null } or { Mobile: not null }
            || SentTo().Match(compact) is not { Success: true } named)
        {
            return false;
        }

        var place = named.Groups["p"].Value;
        var focus = context.State.LastOrderNumber;
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId)
            .Where(o => o.Status is OrderStatus.AwaitingPayment or OrderStatus.AwaitingShipment && !o.HasRefundUnderWay
                && CompactText.Of(o.Address ?? string.Empty).Contains(place, StringComparison.Ordinal))
            .OrderByDescending(o => o.OrderNumber == focus).ToList();
        if (orders.Count == 0)
        {
            return false;
        }

        foreach (var order in orders)
        {
            if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.AddressChange).ConfigureAwait(false) is not null)
            {
                return false;
            }
        }

        var first = orders[0];
        var line = string.Join(' ', new[] { first.ReceiverName, first.Phone is { Length: 11 } phone ? MobileMask.Mask(phone) : null, CompactText.Of(first.Address!) }
            .Where(p => !string.IsNullOrEmpty(p)));
        context.State.ClearClarification();
        context.State.LastOrderNumber = first.OrderNumber;
        context.Say("change_address.as_ordered", new Dictionary<string, string?>(context.SlotsOf(first), StringComparer.Ordinal)
        {
            [TemplateSlots.NewAddress] = line,
            [TemplateSlots.OrderList] = string.Join("和", orders.Select(o => $"订单{o.OrderNumber}（{o.Title.Split(' ')[0]}）")),
        });
        return true;
    }

    /// <summary>"寄文三路那个地址", "发到梧桐里那边", "送晴川苑那": the place the parcel is to go to.</summary>
    [GeneratedRegex("(?:寄|发|送)(?:到|去|往)?(?<p>[\\p{IsCJKUnifiedIdeographs}0-9]{2,12}?)(?:的|那个|这个)?(?:地址|那边|那里|那儿|那)")]
    private static partial Regex SentTo();

    /// <summary>A change, a new address or a return: another need than the address kept.</summary>
    [GeneratedRegex("改|换|搬|新地址|别|不要|不是|拦截|退货|寄回|退回|发票|你们|仓库|公司|单位|学校|[0-9]{11}")]
    private static partial Regex Changes();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "帮我确认下地址是中山北路那个吧", "怕发错地址了 核对一下", "收货地址填的对吗" with no change asked (never "寄去哪个地址",
/// which asks where a return goes): the order's recipient,
/// masked phone and address are read back, and a place the buyer names that the address does not hold is said to
/// differ. Nothing is recorded; an order with a change of address open is left to the change flow, which knows it.
/// </summary>
public static partial class AddressReadBack
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (context.State.ActiveFlow is not null || !Asks().IsMatch(compact) || Changes().IsMatch(compact)
            || context.Facts.Address is { City: not null } or { Mobile: not null })
        {
            return false;
        }

        var claimed = Claimed().Match(compact) is { Success: true } m && !NoPlace().IsMatch(m.Groups["p"].Value) ? m.Groups["p"].Value : null;
        if (OrderOf(context, claimed) is not { Address: { } address } order
            || await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.AddressChange).ConfigureAwait(false) is not null)
        {
            return false;
        }

        var line = string.Join(' ', new[] { order.ReceiverName, order.Phone is { Length: 11 } phone ? MobileMask.Mask(phone) : null, CompactText.Of(address) }
            .Where(p => !string.IsNullOrEmpty(p)));
        var differs = claimed is not null && !CompactText.Of(string.Concat(order.ReceiverName, address)).Contains(claimed, StringComparison.Ordinal);
        context.State.ClearClarification();
        context.State.LastOrderNumber = order.OrderNumber;
        context.Say(differs ? "change_address.read_back_differs" : "change_address.read_back", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.NewAddress] = line,
            [TemplateSlots.Place] = claimed,
        });
        return true;
    }

    /// <summary>The order named, else the one in focus, else the only one not yet received, else the only one whose address holds the place named.</summary>
    private static Order? OrderOf(FlowContext context, string? claimed)
    {
        var named = OrderResolver.Named(context);
        if (named.Count > 0)
        {
            return named.Count == 1 ? named[0] : null;
        }

        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        if ((context.State.OrderNumber ?? context.State.LastOrderNumber) is { } focus && orders.FirstOrDefault(o => o.OrderNumber == focus) is { } inFocus)
        {
            return inFocus;
        }

        var coming = orders.Where(o => o.Status is OrderStatus.AwaitingShipment or OrderStatus.Shipped).ToList();
        if (coming.Count == 1)
        {
            return coming[0];
        }

        return claimed is not null && coming.Where(o => CompactText.Of(o.Address ?? string.Empty).Contains(claimed, StringComparison.Ordinal)).ToList() is [var only] ? only : null;
    }

    [GeneratedRegex("(?:确认|核对|核实|对一下|查一下|查下|看一下|看下|看看)(?:一下|下)?[^，,。]{0,6}(?:收货|收件)?(?:地址|收货信息|收件信息)|(?:收货|收件)?地址[^，,。]{0,6}(?:对不对|对吗|对么|对吧|没错吧|没错吗|没问题吧|正确吗|是哪|是什么|是啥|是不是)|地址[^。]{0,8}(?:确认|核对|核实)(?:一下|下)?")]
    private static partial Regex Asks();

    /// <summary>A change, a return or the shop's own address: another need than reading the order's back.</summary>
    [GeneratedRegex("改|换|搬|新地址|拦截|(?<!有没有|是不是|会不会|怕|别)(?:填|写|弄)错了|退货|寄回|退回|发票|你们的?(?:地址|仓库)|仓库|发货地|店铺")]
    private static partial Regex Changes();

    /// <summary>"是中山北路那个吧", "在梧桐里吧": the place the buyer believes the address holds.</summary>
    [GeneratedRegex("(?:是|在)(?<p>[\\p{IsCJKUnifiedIdeographs}0-9a-z]{2,12}?)(?:那个|那里|那边|这个|的那个|的)?(?:吧|吗|嘛|么|对吧|没错吧|对不对|对吗)")]
    private static partial Regex Claimed();

    [GeneratedRegex("哪|什么|啥|不是|对|没错|正确|地址|原来|之前|那个|这个")]
    private static partial Regex NoPlace();
}

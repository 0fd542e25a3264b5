using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "要是改不了就先发吧 别再拖了" after this chat noted a change or fewer pieces, on an order still to ship: the order
/// shipped as bought only if the colleague cannot do what was asked (a hold's own fallback, "压不了就放驿站", is the hold
/// flow's, which keeps where the parcel goes). The request stands
/// (never withdrawn on a condition); the fallback goes on that record in one wording (recorded again with it, the earlier
/// one withdrawn), and the buyer hears that both stand.
/// </summary>
public static partial class ShipFallback
{
    /// <summary>The change's flow when the line was such a fallback, else null.</summary>
    public static async Task<string?> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || !OrElseShip(context.Compact) || state.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: false } order)
        {
            return null;
        }

        var open = (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.OrderChange).ConfigureAwait(false))
            .MaxBy(c => c.CreatedAt);
        if (open?.Description is not { } description)
        {
            return null;
        }

        state.ClearClarification();
        state.LastOrderNumber = order.OrderNumber;
        var note = NoteOf(open, Hurried().IsMatch(context.Compact));
        if (!description.Contains(note, StringComparison.Ordinal))
        {
            await FallbackRecord.AppendAsync(context, open, number, description, note, cancellationToken).ConfigureAwait(false);
        }

        context.Say("order_change.ship_fallback_noted", new Dictionary<string, string?>(context.SlotsOf(order))
        {
            [Templates.TemplateSlots.Change] = description.Split('；', '（')[0].Split('：')[0],
        });
        return OrderChangeFlow.FlowId;
    }

    /// <summary>
    /// "要是改不了就先发吧", "如果减不了的话 就照常发货", "萬一改不成 直接發吧" (folded to simplified):
    /// the order shipped as bought on a condition; never "改不了就算了" (the change let go) nor a refund taken instead.
    /// </summary>
    public static bool OrElseShip(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return Cannot().IsMatch(compact) && Ship().IsMatch(compact) && !Dropped().IsMatch(compact);
    }

    /// <summary>The fallback in the shop's words, on the record a colleague reads, by what the record asks.</summary>
    private static string NoteOf(CaseRecord record, bool hurried) =>
        "若" + (record.Reason == OrderChangeFlow.FewerReason ? "不能少发或部分退，按原数量" : "改不了，按原订单")
        + "直接发货" + (hurried ? "，买家不想再等" : string.Empty);

    /// <summary>"改不了", "减不成", "不能改", "没法少发", "办不到", with the condition said ("要是", "的话", "实在不行").</summary>
    [GeneratedRegex("(?:改|减|换|拆|少发|单独退|部分退|退一条|退一件|弄|办)(?:不了|不成|不到|不下来)|(?:不能|没法|没办法)(?:改|换|减|少发|部分退|单独退)|办不到|做不到|实在不行")]
    private static partial Regex Cannot();

    /// <summary>"就先发吧", "直接发", "照常发货", "按原来的发", "原样发", "正常发": the order shipped as it is.</summary>
    [GeneratedRegex("(?:就|先|直接|照常|正常|照原来|按原来的?|按原样|原样|那就)(?:先|直接|赶紧|快点)?发(?:货|出|出来|过来)?(?:吧|好了|就行|也行|也可以|可以)?|发(?:货)?吧")]
    private static partial Regex Ship();

    /// <summary>"就算了", "不发了", "别发", "退": the change let go, the order stopped or a refund taken, which other answers hear.</summary>
    [GeneratedRegex("算了|不(?:要|用)?发了|别发|不要发|退款|退钱|全退|整单退|取消")]
    private static partial Regex Dropped();

    /// <summary>"别再拖了", "快点", "急着用": the buyer wants it out without more waiting.</summary>
    [GeneratedRegex("别(?:再)?拖|不想(?:再)?等|别(?:再)?等|快点|赶紧|尽快|急着?用|着急")]
    private static partial Regex Hurried();
}

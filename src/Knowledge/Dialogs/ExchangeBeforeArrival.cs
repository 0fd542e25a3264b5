using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "东西还在路上 还没收到" right after this chat recorded a no-reason exchange on an order still on its way: the exchange
/// is applied for once the parcel is in hand, so the record made too early is withdrawn and the buyer hears when and how,
/// never only where the parcel is.
/// </summary>
public static partial class ExchangeBeforeArrival
{
    /// <summary>The reply that withdraws the early exchange and tells how it goes once the parcel is in.</summary>
    public const string Template = "no_reason_return.exchange_withdrawn_in_transit";

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } number || !StillComing().IsMatch(context.Compact)
            || context.Facts.Cues.AlreadyReceived
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.Shipped } order)
        {
            return false;
        }

        var early = (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.Exchange).ConfigureAwait(false))
            .Where(r => (r.Description ?? string.Empty).Contains("无理由", StringComparison.Ordinal)).ToList();
        if (early.Count == 0)
        {
            return false;
        }

        foreach (var record in early)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, "包裹还在路上，买家还没收到；收到后再在订单页申请换货", cancellationToken).ConfigureAwait(false);
        }

        var wanted = state.WantedOnArrival ?? early.Select(r => WantedSize().Match(r.Description ?? string.Empty)).Where(m => m.Success).Select(m => m.Groups["to"].Value).FirstOrDefault();
        state.WantedOnArrival = wanted;
        state.GoodsInHand = false;
        state.ClearClarification();
        context.Say(Template, new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Change] = wanted ?? "您要的规格" });
        return true;
    }

    // "还在路上", "还没收到", "没到呢", "快递还没来": the parcel not yet in the buyer's hands.
    [GeneratedRegex("还在路上|在路上呢|还没(?:有)?(?:收到|到|拿到|签收|送到|来)|没(?:收到|到)(?:呢|啊|哦|货)|还没到货")]
    private static partial Regex StillComing();

    // "XL换L（7天无理由换货…": the size the record exchanged to.
    [GeneratedRegex("换(?<to>[0-9a-zA-Z\\u4e00-\\u9fa5.]{1,8})（")]
    private static partial Regex WantedSize();
}

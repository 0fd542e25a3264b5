using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不用退款 你们直接发130的就行", "直接在订单上改一下不行吗 还要我退了重拍？" right after this chat recorded a size,
/// colour or spec change on an order not yet shipped: a paid order cannot be changed in place, so the change stays a
/// request a colleague checks with the warehouse, nothing promised; never the refund flow asking why, nor the
/// re-order price text, nor refund-and-reorder offered again once turned down. "你们后台直接改不行吗" after the change (a quantity cut too) was told impossible in place: why not,
/// what can be done and that the colleague's answer is waited for, never the re-order price text again.
/// </summary>
public static partial class ChangeWithoutRefund
{
    /// <summary>Longer lines carry a need of their own.</summary>
    private const int MaxLength = 30;

    private const string StandsTemplate = "order_change.stands_without_refund";
    private const string StandsAgainTemplate = "order_change.stands_without_refund_again";
    private const string DirectTemplate = "order_change.direct_change_asked";

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var compact = context.Compact;
        // "不想退款重拍 直接改就好" refuses the refund first: the change stands as a request, the usual answer to that.
        // "要是得退了重拍 价格还一样吗" asks what re-ordering costs: the re-order price answers it, no refusal.
        var refusesRefund = RefusesRefund().IsMatch(compact) && !AsksPrice().IsMatch(compact);
        var asksDirectChange = !refusesRefund && AsksDirectChange().IsMatch(compact);
        if (state.ActiveFlow is not null || compact.Length > MaxLength || !(asksDirectChange || refusesRefund)
            || (!asksDirectChange && OrderChanges.TakesBack(context.Normalized))
            // "要是得退款重拍的话就算了 先发着 到了不合适再说": the change given up with the refund, the order shipped as bought.
            || (DeclinedOnCondition.Declines(context.Normalized) && Reversal.TakesBackChange(context.Normalized))
            || state.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: false } order)
        {
            return false;
        }

        var change = await RecordedOrderChange.LatestAsync(context, number, cancellationToken).ConfigureAwait(false);
        // "那退了吧 重拍140" names another value than the one recorded: a correction of the change, read elsewhere.
        if (change is null || OrderChanges.Read(change) is not { } recorded
            || recorded.Kind is not (OrderChangeKind.Size or OrderChangeKind.Colour or OrderChangeKind.Spec) && !(asksDirectChange && recorded.Kind == OrderChangeKind.Quantity)
            || OrderChanges.OtherValue(context.Normalized, recorded) is not null)
        {
            return false;
        }

        state.ClearClarification();
        // "不要退款 我就要改码" after the refusal was heard: the request stands, said briefly, never the same answer again.
        var template = context.Told(StandsTemplate, number) && !(asksDirectChange && !context.Told(DirectTemplate, number)) ? StandsAgainTemplate
            : asksDirectChange ? DirectTemplate : StandsTemplate;
        context.Say(template,
            new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
            {
                [TemplateSlots.Change] = ChangeAlone(change),
            });
        return true;
    }

    // "不用退款", "不想退了重拍", "还要我退了重拍？", "不退款行不行", "退款再重拍太麻烦了".
    [GeneratedRegex("(?:退款|退了|退掉|退单)(?:再|然后)?(?:重拍|重新拍|重新下单|再拍)?(?:也|就)?(?:太|好|很|挺|多)麻烦|(?:不用|不要|不想|不|别|无需|没必要)(?:让我|叫我)?(?:申请)?(?:退款|退钱|退单|退了|重拍|重新拍|重新下单)|(?:还要|还得|要|得|非要|必须)(?:我)?(?:先)?(?:退款|退了|退掉|退单)(?:再|然后)?(?:重拍|重新拍|重新下单|再拍|重下)")]
    private static partial Regex RefusesRefund();

    /// <summary>"数量从4包减到2包：少发2包，其余照常发货" as the change alone, without what the record tells the colleague after it.</summary>
    private static string ChangeAlone(string change) =>
        change.IndexOf('：', StringComparison.Ordinal) is > 0 and var colon ? change[..colon] : change;

    // "后台直接改不行吗", "你们直接改一下", "能不能你们直接改", "系统里改下就好了", "直接给我改个尺码发不行吗".
    [GeneratedRegex("(?:后台|系统|直接|你们|帮我)(?:里|上|那边)?(?:直接)?(?:帮我|给我)?(?:改|调|修改|换)(?:一下|下|个)?(?:尺码|颜色|规格|数量|码子?)?(?:发|寄)?(?:一下|下)?(?:不行|不可以|不能|行不|可以|能不|吧|吗|么|嘛|呗|就行|就好|就可以|$)|(?:能不能|可不可以|能否)(?:你们|帮我)?(?:直接|后台)(?:帮我)?改")]
    private static partial Regex AsksDirectChange();

    [GeneratedRegex("价格|价钱|多少钱|原价|这个价|一样的?价|贵|便宜")]
    private static partial Regex AsksPrice();
}

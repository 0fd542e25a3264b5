using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "少的那双跟羽绒服一起发吧": a piece missing from a delivered order is sent again in the parcel of another order of
/// the buyer's still waiting to ship. The reshipment is recorded on the short order saying which parcel carries it, and
/// the waiting order gets a note to pack it in, never a question about the other order.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private static async Task<bool> ReshipsWithOtherAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (!ShipTogether().IsMatch(context.Compact) || ReshipRefused().IsMatch(context.Compact))
        {
            return false;
        }

        var orders = context.Services.Orders;
        var buyer = context.Input.BuyerId;
        var named = OrderResolver.Named(context);
        var shortNumber = RecordedHere(state) ?? state.OrderNumber;
        var shortOrder = (shortNumber is null ? null : orders.Find(buyer, shortNumber))
            ?? named.FirstOrDefault(o => o.Status is OrderStatus.Shipped or OrderStatus.Completed);
        var carrier = named.FirstOrDefault(o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay && o.OrderNumber != shortOrder?.OrderNumber);
        if (shortOrder is null || carrier is null)
        {
            return false;
        }

        var recorded = (await context.Actions.CasesOfOrderAsync(context.Turn, shortOrder.OrderNumber, cancellationToken).ConfigureAwait(false))
            .LastOrDefault(c => c.Status == CaseStatus.Open && QualityKinds.Contains(c.Kind));
        var problem = RecordedProblem.Of(recorded?.Description) ?? state.Values.GetValueOrDefault(DescriptionKey);
        if (problem is null || ProblemOf(problem) != QualityProblem.Missing)
        {
            return false;
        }

        if (recorded is not null)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, recorded.Id, $"买家要补发，随订单{carrier.OrderNumber}一起发出", cancellationToken).ConfigureAwait(false);
        }

        var item = ProblemPhrases.ItemOf(shortOrder.Title, context.Services.Analyzer.Products.ProductWords) ?? shortOrder.Title;
        var late = PastAfterSalesWindow(context, shortOrder) ? $"；{PastAfterSalesNote}，请同事确认" : string.Empty;
        await context.Actions.RequestReshipAsync(context.Turn, shortOrder.OrderNumber, $"{problem}（补发少的部分，随订单{carrier.OrderNumber}（{carrier.Title}）一起发出{late}）", Photos(state), cancellationToken).ConfigureAwait(false);
        await context.Actions.RecordCombineShipmentAsync(context.Turn, carrier.OrderNumber, $"发货时放入订单{shortOrder.OrderNumber}少发的{item}（补发）", cancellationToken).ConfigureAwait(false);
        context.Say("quality_return.reship_with_other", new Dictionary<string, string?>(context.SlotsOf(carrier), StringComparer.Ordinal) { [TemplateSlots.Change] = item });
        state.LastOrderNumber = shortOrder.OrderNumber;
        context.Finish();
        return true;
    }

    // "跟羽绒服一起寄过来", "和那单一块发", "放羽绒服包裹里": sent in the parcel of another order.
    [GeneratedRegex("(?:跟|和|与|同|随)[^,，。;；]{1,12}?(?:一起|一块|一同|一并)(?:寄|发|送|打包)|(?:放|塞|装)(?:进|到|在)?[^,，。;；]{1,10}(?:包裹|箱子)里|合并(?:寄|发)")]
    private static partial Regex ShipTogether();
}

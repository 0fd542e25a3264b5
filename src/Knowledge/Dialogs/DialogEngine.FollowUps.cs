using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Requests to act on what came before ("帮我联系一下快递"), and moving a need off the wrong order.</summary>
public sealed partial class DialogEngine
{
    /// <summary>
    /// A confident request of its own ("我要开发票") is started as such; polite words the model took for thanks or
    /// small talk, an unsure verdict, or "催一下" about a parcel already on its way are follow-ups of what came before,
    /// and so is "让顺丰快点送" about the order just talked of, which the model takes for choosing a courier.
    /// </summary>
    private static bool OwnRequest(Understanding understanding, FollowUpRequest followUp, DialogState state, bool confident) =>
        understanding.Decision == TurnDecision.Answer
        && !IsSmallTalk(understanding.Intent)
        && understanding.Intent != IntentIds.Human
        && (understanding.Intent != IntentIds.Hurry || followUp != FollowUpRequest.Hurry || state.LastOrderNumber is null)
        && (followUp != FollowUpRequest.ContactCourier || state.LastOrderNumber is null)
        && (understanding.Intent != IntentIds.Complaint || confident);

    /// <summary>
    /// The buyer asks the shop to act on what was being discussed: chase the courier (a logistics follow-up), chase
    /// the warehouse (a hurry note), a small compensation, or carry on with the last flow. Null when nothing came
    /// before to follow up, so the turn is understood as usual.
    /// </summary>
    private async Task<DialogOutcome?> FollowUpAsync(FlowContext context, FollowUpRequest followUp, CancellationToken cancellationToken)
    {
        var state = context.State;
        // "此外餐具也催一下" names another order than the one talked about: a need of its own, no follow-up of what came before.
        if (state.LastOrderNumber is { } focus && context.Facts.MatchedOrderNumbers.Count > 0 && !context.Facts.MatchedOrderNumbers.Contains(focus))
        {
            return null;
        }

        // "催一下" right after a refund under way was talked about chases that refund, never another order's parcel.
        if (followUp == FollowUpRequest.Hurry && state.ActiveFlow is null && state.LastOrderNumber is { } refunding
            && _services.Orders.Find(context.Input.BuyerId, refunding) is { HasRefundUnderWay: true }
            && _flows.TryGetValue(IntentIds.RefundUnshipped, out var refund))
        {
            state.ClearClarification();
            state.StartFlow(IntentIds.RefundUnshipped);
            state.Values[RefundProgress.Key] = "1";
            return await RunAsync(context, refund, cancellationToken).ConfigureAwait(false);
        }

        var lastShipped = state.LastOrderNumber is { } last
            && _services.Orders.Find(context.Input.BuyerId, last) is { Status: Orders.OrderStatus.Shipped };
        var intent = followUp switch
        {
            FollowUpRequest.Compensate => IntentIds.QualityReturn,
            FollowUpRequest.ContactCourier => IntentIds.Track,
            FollowUpRequest.Hurry when lastShipped || state.LastFlow == IntentIds.Track => IntentIds.Track,
            FollowUpRequest.Hurry => IntentIds.Hurry,
            _ => state.LastFlow,
        };
        if (intent is null || !_flows.TryGetValue(intent, out var flow))
        {
            return null;
        }

        state.ClearClarification();
        if (state.ActiveFlow == intent)
        {
            return await RunAsync(context, flow, cancellationToken).ConfigureAwait(false);
        }

        // The order being talked about stays the one the follow-up is about.
        state.EndFlow();
        state.StartFlow(intent);
        if (intent == IntentIds.Track)
        {
            state.Values[TrackFlow.SituationKey] = nameof(TrackSituation.FollowUpRequested);
        }

        return await RunAsync(context, flow, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The buyer moved the need to another order ("哦不对 是台灯那个"): what this conversation recorded on the wrong order
    /// and is still open is withdrawn, and the buyer is told so.
    /// </summary>
    /// <summary>
    /// "不用了" right after the bot recorded a refund, return or compensation: what this conversation left open on the
    /// order it just handled is withdrawn (status cancelled), so finance never sees a need the buyer dropped. False when
    /// nothing was open.
    /// </summary>
    private static async Task<bool> WithdrawDroppedAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (context.State.LastOrderNumber is not { } last || context.Services.Orders.Find(context.Input.BuyerId, last) is not { } order)
        {
            return false;
        }

        var records = await context.Actions.CasesOfOrderAsync(context.Turn, last, cancellationToken).ConfigureAwait(false);
        // Only what moves money (refunds, returns, compensation …) and would reach the finance register; a hurry note
        // or an order change stays as it is.
        var open = records.Where(r => r.Status == Cases.CaseStatus.Open && r.ConversationId == context.Input.ConversationId && r.Kind.IsAfterSales()).ToList();
        foreach (var record in open)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, "买家表示不用办了，撤回登记", cancellationToken).ConfigureAwait(false);
        }

        if (open.Count > 0)
        {
            context.Say("dialog.dropped_withdrawn", new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = order.OrderNumber, [TemplateSlots.ItemTitle] = order.Title });
        }

        return open.Count > 0;
    }

    /// <summary>The order a waiting flow works on when the buyer says it is the wrong one; null when nothing corrects it.</summary>
    private static string? CorrectedFlowOrder(FlowContext context)
    {
        if (context.State.OrderNumber is not { } current)
        {
            return null;
        }

        var namesAnother = context.Facts.Cues.IsCorrection && context.Facts.MatchedOrderNumbers.Count > 0 && context.Facts.MatchedOrderNumbers[0] != current;
        return namesAnother || OrderChoice.MeansAnother(context.Normalized) ? current : null;
    }

    private async Task WithdrawFromWrongOrderAsync(FlowContext context, string? wrongOrder, CancellationToken cancellationToken)
    {
        var now = context.State.OrderNumber ?? context.State.LastOrderNumber;
        if (wrongOrder is null || now is null || now == wrongOrder || _services.Orders.Find(context.Input.BuyerId, wrongOrder) is not { } wrong)
        {
            return;
        }

        var records = await context.Actions.CasesOfOrderAsync(context.Turn, wrongOrder, cancellationToken).ConfigureAwait(false);
        var open = records.Where(r => r.Status == Cases.CaseStatus.Open && r.ConversationId == context.Input.ConversationId).ToList();
        foreach (var record in open)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, $"买家更正：说的是订单{now}，不是这一单", cancellationToken).ConfigureAwait(false);
        }

        if (open.Count > 0)
        {
            context.Say("dialog.withdrawn", new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = wrong.OrderNumber, [TemplateSlots.ItemTitle] = wrong.Title });
        }
    }
}

using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Lines whose words look like another need, read by what the buyer means: a chase turned down (for a refund, or
/// only turned down), a closed order wanted again and its price or size, and a lamp's assembly asked beside its fault.
/// </summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome?> HeardAsMeantAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        // A deferral after a case recorded here, the steps of the return just told, the order just answered about named again.
        if (await HeardInCaseAsync(context, cancellationToken).ConfigureAwait(false) is { } inCase)
        {
            return inCase;
        }

        // "不用帮我催 也不用加急 就退" while an order waits to ship: the refund she asks for, never a chase of the warehouse.
        if (state.ActiveFlow is null or IntentIds.Hurry && ChaseRefused.IsSaid(context.Compact)
            && _services.Orders.OrdersOf(context.Input.BuyerId).Any(o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay))
        {
            state.ClearClarification();
            state.EndFlow();
            return await StartAsync(context, IntentIds.RefundUnshipped, cancellationToken).ConfigureAwait(false);
        }

        // "不用加急 不要催" with no chase asked before: a "no" to hurrying, acknowledged; nothing recorded, no menu.
        if (state.ActiveFlow is null or IntentIds.Hurry && ChaseRefused.OnlyDeclined(context.Compact)
            && !state.SaidAnyOf(IntentIds.Hurry + "."))
        {
            context.Say("hurry.declined");
            return Answered(context, IntentIds.Hurry);
        }

        // "之前那件羽绒服退掉了 现在又想买了": the closed order cannot come back, and is ordered again.
        if (BuyAgain.Wished(context) is { } closed && _flows.ContainsKey(IntentIds.RestoreOrder))
        {
            state.ClearClarification();
            state.LastOrderNumber = closed.OrderNumber;
            return await StartAsync(context, IntentIds.RestoreOrder, cancellationToken).ConfigureAwait(false);
        }

        if (BuyAgain.TryAnswerPriceOrSize(context))
        {
            return Answered(context, IntentIds.RestoreOrder);
        }

        // "台灯要自己组装吗" while the lamp's fault is taken down: it needs none, and the fault stays the quality case.
        // A part asked about ("灯杆要拧到底吗") is left to the flow's own answer. Asked while the unshipped lamp's refund
        // is under way: it needs none, and the refund can be withdrawn.
        var refundingLamp = state.ActiveFlow is null && AssemblyDoubt.LampRefunding(context);
        if ((state.ActiveFlow == IntentIds.QualityReturn || (state.ActiveFlow is null && state.LastFlow == IntentIds.QualityReturn) || refundingLamp)
            && AssemblyDoubt.AsksIfNeeded(context.Compact) && AssemblyDoubt.TryTell(context))
        {
            if (state.ActiveFlow is not null && state.Step is not null)
            {
                QuestionAside.Resume(context);
            }

            return Outcome(context, DialogOutcomeKind.Answered, refundingLamp ? IntentIds.Installation : IntentIds.QualityReturn);
        }

        // "要是不用装我就不退了 还能发货不" right after "no assembly needed": the condition is met, so the refund is withdrawn.
        if (state.ActiveFlow is null && state.SaidTemplates.LastOrDefault() is { } last && last.StartsWith(AssemblyDoubt.RefundingTemplate, StringComparison.Ordinal)
            && RefundWithdrawal.KeepsOrder(context.Compact) && await WithdrawRefundAsync(context, cancellationToken).ConfigureAwait(false) is { } withdrawn)
        {
            return withdrawn;
        }

        return AnsweredOnWhatIsAsked(context);
    }
}

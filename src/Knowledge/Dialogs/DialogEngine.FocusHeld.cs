using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

public sealed partial class DialogEngine
{
    /// <summary>
    /// A follow-up that only adds to the record this chat just made on the order in focus ("别发了啊" after its refund,
    /// "孩子长得快" after its size change, "吊牌还在" after its no-reason exchange, "我急用钱" after its hurry note, "我弟穿 他就170" about its size), or chooses the remedy of the quality case recorded while asking who pays the
    /// postage ("想退 运费谁出"): that record's, before the model's low-confidence reading starts another need, lists other
    /// orders or answers the general postage rules. First of all, the overdue order noted here (<see cref="OverdueChased"/>).
    /// </summary>
    private async Task<DialogOutcome?> HoldsFocusAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        // "降温了急着穿 能不能改发顺丰" about the overdue order noted here: the courier (or a quantity) goes on the order
        // for a colleague to confirm, as it did while the buyer was queued for that order (a3-45).
        if (state.ActiveFlow is null && state.LastOrderNumber is { } late && ChangeWhileQueued(context)
            && ShipmentAnswers.OverdueToldHere(context, late) && _flows.TryGetValue(OrderChangeFlow.FlowId, out var change))
        {
            state.ClearClarification();
            state.StartFlow(OrderChangeFlow.FlowId);
            return await RunAsync(context, change, cancellationToken).ConfigureAwait(false);
        }

        // "算了 不要了 退款吧", "我就是要货 别给我退", "降温了 今天能发吗" after the overdue order was noted here with nobody
        // fetched: the urgent note's, before a hurry follow-up or "today" reads it without the note.
        if (await OverdueChased.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false) is { } chased)
        {
            state.ClearClarification();
            return Outcome(context, DialogOutcomeKind.Answered, chased);
        }

        if (await FocusRecord.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false)
            || await ReturnCondition.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false)
            || await ExchangeBeforeArrival.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false)
            || await FocusHurry.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false)
            || WearerSize.TryAnswer(context))
        {
            state.ClearClarification();
            return Outcome(context, DialogOutcomeKind.Answered, state.LastFlow ?? IntentIds.Other);
        }

        return state.ActiveFlow is null && QualityReturnFlow.ChoosesBesidePostage(context)
            ? await SettlesQualityCaseAsync(context, cancellationToken).ConfigureAwait(false)
            : null;
    }
}

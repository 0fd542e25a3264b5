using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A line after a flow answered on what it asks, whatever need its words resemble: a decision to pay an unpaid order
/// (never a refund), a worry that a refund got lost right after its days were told (never the order's state again),
/// and the postage of a return right after its pickup was told (never a goodbye).
/// </summary>
public sealed partial class DialogEngine
{
    private static DialogOutcome? AnsweredOnWhatIsAsked(FlowContext context)
    {
        // "算了不用了 我直接付吧" after coupons were talked over: pay the unpaid order as it is.
        if (PaymentDecided.TryAnswer(context))
        {
            return Answered(context, IntentIds.Payment);
        }

        // "多久能到啊 别是退丢了" right after the payout times: not lost, the days again, a check past them.
        if (RefundWait.TryReassure(context))
        {
            return Answered(context, IntentIds.RefundUnshipped);
        }

        // "好的 那运费大概多少啊" right after the pickup was told: who pays, and the fee the return page shows.
        if (ReturnPickup.TryTellPostage(context))
        {
            return Answered(context, IntentIds.NoReasonReturn);
        }

        return null;
    }
}

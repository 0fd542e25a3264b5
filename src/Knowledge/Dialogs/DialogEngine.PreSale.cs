using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Questions about the goods, prices and paying, heard before any flow: the size of an order, a product detail or a new order's shipping,
/// a discount missed on a paid order, a payment that fails, a bulk price or a special VAT invoice, a product's colour,
/// seeing the goods, a member discount, a usage question followed up in half a sentence, a gift to choose. None of them is a
/// complaint, a hurry on an order already placed or the ordinary invoice flow.
/// </summary>
public sealed partial class DialogEngine
{
    private static DialogOutcome? AnswersPreSale(FlowContext context)
    {
        // "孩子125了 120的会不会小", "均码能穿吗": a size question about an order, never its change or its cancellation.
        if (SizeAdvice.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        if (BulkOrSpecialInvoice.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        if (CouponMissed.TryAnswer(context) || FocusCoupon.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        if (PaymentTrouble.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Payment);
        }

        if (GiftAdvice.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        if (PreSaleQuestion.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, context.State.ActiveFlow ?? IntentIds.Other);
        }

        return ProductQuestion.TryAnswer(context) ? Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other) : null;
    }
}

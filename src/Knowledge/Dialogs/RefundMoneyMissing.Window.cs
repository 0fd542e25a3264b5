namespace ShopBot.Knowledge.Dialogs;

/// <summary>How long the way the buyer paid usually takes, in calendar days, held against the days the buyer says have passed.</summary>
internal static partial class RefundMoneyMissing
{
    /// <summary>
    /// The usual days of the way paid, named in this line or earlier in the chat ("我是用信用卡付的" then "都快两个礼拜了"),
    /// or null when no way was named. Remembered for the conversation.
    /// </summary>
    public static int? KnownWindow(FlowContext context)
    {
        var compact = context.Compact;
        var said = CreditCard().IsMatch(compact) ? CreditCardDays
            : RefundTiming.NamesPaymentMethod(compact) && !Card().IsMatch(compact) ? BalanceDays
            : Card().IsMatch(compact) ? UsualDays
            : (int?)null;
        return context.State.RefundWindowDays = said ?? context.State.RefundWindowDays ?? WindowOf(RefundTiming.WayNamedBefore(context.State));
    }

    /// <summary>The days of a way of paying told in an earlier payout answer ("asides.refund_to_credit_card").</summary>
    private static int? WindowOf(string? way) => way switch
    {
        "credit_card" => CreditCardDays,
        "debit_card" or "card" => UsualDays,
        "huabei" or "alipay" => BalanceDays,
        _ => null,
    };

    /// <summary>
    /// Days said that are still within the card's usual time: said so, with when to look again, and no person called;
    /// false when no card was named or no days said.
    /// </summary>
    public static bool TellWithin(FlowContext context, int? days, int? known, IReadOnlyDictionary<string, string?> slots)
    {
        if (days is null || known is not (CreditCardDays or UsualDays) || days > known)
        {
            return false;
        }

        context.Say(known == CreditCardDays ? "needs.refund_within_credit_card" : "needs.refund_within_debit_card", slots);
        // "几天能到账 有没有手续费啊": the fee asked beside the days is answered too.
        if (RefundFee.IsAsked(context.Compact))
        {
            context.Say("asides.refund_no_fee");
        }

        return true;
    }
}

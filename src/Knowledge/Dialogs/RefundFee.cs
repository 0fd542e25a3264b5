using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "会不会扣手续费", "退的是全额吗", "會不會被扣手續費" about a refund just answered: it comes back in full, with no fee. Asked
/// with how long ("要多久才会到 会不会被扣手续费") once the way paid is known, that way's days in short beside it, never the
/// payout paragraph a third time; otherwise the payout as usual, then the fee.
/// </summary>
internal static partial class RefundFee
{
    private const string DaysWithFee = "asides.refund_days_fee_";

    public static bool IsAsked(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return Fee().IsMatch(compact);
    }

    public static void Answer(FlowContext context, bool timing, bool tellState)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (timing && !tellState && RefundTiming.WayNamedBefore(context.State) is { } way && context.Services.Templates.Contains(DaysWithFee + way))
        {
            context.Say(DaysWithFee + way);
            return;
        }

        if (timing)
        {
            RefundTiming.Tell(context, context.State.LastOrderNumber, tellState);
        }

        // The card's payout line already says no fee is taken: said once, not twice in a turn.
        if (!context.Replies.Any(r => r.Text.Contains("手续费", StringComparison.Ordinal)))
        {
            context.Say("asides.refund_no_fee");
        }
    }

    // "会不会被扣手续费", "有手续费吗", "会不会扣钱", "是全额退吗", "钱会少吗"; "我要全额退款" asks for a refund, not about one.
    [GeneratedRegex("手续费|扣费|(?:会|要)(?:不会|不要)?(?:被)?扣(?:钱|点钱|一部分)|全额(?:退)?(?:吗|么|嘛|不)|退全款(?:吗|么|不)|(?:钱|金额)(?:会|能)少(?:吗|么|不)")]
    private static partial Regex Fee();
}

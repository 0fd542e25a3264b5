using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// An overdue order apologised for and noted in this chat, with nobody fetched for it: what the buyer says next about
/// it is answered as a colleague waiting in the queue would have it answered. "算了 不要了 退款吧" records the refund
/// for the slow shipping at once; "我就是要货 别给我退" keeps the order; "不是说72小时发货吗" admits the delay once;
/// "降温了 今天能发吗" answers the day honestly and puts the need on the note.
/// </summary>
internal static partial class OverdueChased
{
    /// <summary>The intent answered, or null when the line is not about the overdue order told of here.</summary>
    public static async Task<string?> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || context.State.LastOrderNumber is not { } number
            || !ShipmentAnswers.OverdueToldHere(context, number)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment, HasRefundUnderWay: false }
            || await OpenCases.FindAsync(context, number, cancellationToken, CaseKind.UrgentNote).ConfigureAwait(false) is null
            // "算了 今天能发就不退" once a refund is recorded: that refund's condition, which its own answers take.
            || await OpenCases.FindAsync(context, number, cancellationToken, CaseKind.RefundRequest).ConfigureAwait(false) is not null)
        {
            return null;
        }

        if (await QueuedRefund.TryRecordWhileQueuedAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return IntentIds.RefundUnshipped;
        }

        if (await QueuedHurry.TryAnswerAsync(context, cancellationToken, queued: false).ConfigureAwait(false))
        {
            return IntentIds.Hurry;
        }

        // "别再跟我说什么尽快安排 上回问也是这句": the same words would prove the point; the note said in hand, in new words.
        if (SameWordsRebuked().IsMatch(context.Compact) && context.Services.Orders.Find(context.Input.BuyerId, number) is { } order
            && await ShipmentAnswers.TryStillChasedAsync(context, order, cancellationToken).ConfigureAwait(false))
        {
            return IntentIds.Hurry;
        }

        return null;
    }

    [GeneratedRegex("别再?(跟我|和我|给我)?说|又是这句|还是这句|也是这句|老一套|复制粘贴|车轱辘话")]
    private static partial Regex SameWordsRebuked();
}

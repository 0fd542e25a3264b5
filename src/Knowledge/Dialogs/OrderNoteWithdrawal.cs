using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "那算了 单子也不用备注了 我先寄给自己", "备注取消吧": a warehouse note written in this conversation is taken back. The
/// open note is withdrawn (status cancelled) and the buyer hears the order ships as usual without it, never a menu.
/// </summary>
public static partial class OrderNoteWithdrawal
{
    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || !NoteDropped().IsMatch(context.Compact))
        {
            return false;
        }

        // The note is on an order waiting to ship; the one in focus first, else the one this chat noted.
        var waiting = context.Services.Orders.OrdersOf(context.Input.BuyerId).Where(o => o.Status == Orders.OrderStatus.AwaitingShipment)
            .OrderByDescending(o => o.OrderNumber == context.State.LastOrderNumber);
        Orders.Order? order = null;
        List<CaseRecord> notes = [];
        foreach (var candidate in waiting)
        {
            notes = [.. (await OpenCases.HereAsync(context, candidate.OrderNumber, cancellationToken, CaseKind.OrderChange).ConfigureAwait(false)).Where(c => c.Reason == NoteReason)];
            if (notes.Count > 0)
            {
                order = candidate;
                break;
            }
        }

        if (order is null)
        {
            return false;
        }

        foreach (var note in notes)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, note.Id, "买家不需要这条备注了，按原订单发货", cancellationToken).ConfigureAwait(false);
        }

        context.State.ClearClarification();
        context.State.LastOrderNumber = order.OrderNumber;
        context.Say("listen.order_note_withdrawn", context.SlotsOf(order));
        return true;
    }

    /// <summary>The reason a warehouse note is recorded with (<see cref="OrderNote"/>).</summary>
    public const string NoteReason = "仓库备注";

    [GeneratedRegex("(?:单子|订单|备注|价格单|小票)(?:也|就)?(?:不用|不要|不需要|别)(?:再)?(?:备注|放|写)?了|(?:不用|不要|不需要|别)(?:再)?备注了|备注(?:就|也)?(?:不用了|不要了|算了|取消|撤了|撤掉)|取消(?:那个|这个)?备注|(?:寄|发)给(?:我)?自己")]
    private static partial Regex NoteDropped();
}

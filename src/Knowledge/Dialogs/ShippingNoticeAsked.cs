using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "发了跟我说一声", "发货的事别忘了啊 我等着用", "發貨了通知我一下" about an order still to ship: nobody here can write
/// to the buyer when it leaves, so she hears where it shows (the order page, the carrier and number, Taobao's logistics
/// notice) and that the note asking the warehouse to hurry stands; never "不着急，您想好了随时来找我" nor a colleague's
/// word promised on a note that needs none. A need told beside it ("我等着用") goes on the open note.
/// </summary>
internal static partial class ShippingNoticeAsked
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || context.Input.Understanding.HandoffRequested || !Asked().IsMatch(context.Compact)
            || context.Compact.Contains("单号", StringComparison.Ordinal) || Focus(context) is not { } order)
        {
            return false;
        }

        var noted = await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.UrgentNote, CaseKind.HurryNote).ConfigureAwait(false);
        // Past the promise with nothing noted yet, the overdue answer (apology and urgent note) is the hurry flow's.
        if (noted is null && context.Services.Orders.Facts(order).IsPastShippingPromise)
        {
            return false;
        }

        if (noted is not null)
        {
            await HurryFlow.AddToNoteAsync(context, noted, cancellationToken).ConfigureAwait(false);
        }

        context.Say(noted is null ? "hurry.ship_notice" : "hurry.ship_notice_noted", context.SlotsOf(order));
        context.State.LastOrderNumber = order.OrderNumber;
        return true;
    }

    /// <summary>The order in focus, else the buyer's only one, while it waits to ship.</summary>
    private static Order? Focus(FlowContext context)
    {
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        static bool Waiting(Order o) => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay;
        var named = OrderResolver.Named(context);
        if (named.Count > 0)
        {
            return named.Count == 1 && Waiting(named[0]) ? named[0] : null;
        }

        return context.State.LastOrderNumber is { } last && orders.FirstOrDefault(o => o.OrderNumber == last) is { } focus
            ? (Waiting(focus) ? focus : null)
            : orders.Count(Waiting) == 1 ? orders.First(Waiting) : null;
    }

    // Told when it leaves, or reminded of the shipping: "发了跟我说一声", "发货记得通知我", "发货的事别忘了", "别忘了给我发".
    [GeneratedRegex("(发|寄)(了|出去了?|货了?|出了?)(以后|之后|后)?(记得|麻烦|请)?(跟|和|给|告诉|通知|提醒)我?(说|讲|发消息|发个?信息|一声|一下|下)|(发|寄)(货|出)?(了|的时候|以后|之后|后)(记得|麻烦)?(告诉|通知|提醒)我|发货的事(别|不要)忘|(别|不要)忘(了|记)(给我)?(发货|发|寄)|记得(给我)?(发货|尽快发|早点发)")]
    private static partial Regex Asked();
}

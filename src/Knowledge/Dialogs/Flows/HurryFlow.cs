using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Please ship: within the promise, a hurry note and reassurance without a date promised; past it, an apology, an
/// urgent note and a person. An order already shipped is answered as a tracking question. A hurry already noted on
/// the order (in this chat or an earlier one) is not noted twice: the buyer hears it is in hand and what comes next.
/// </summary>
public sealed class HurryFlow : IDialogFlow
{
    public string Intent => IntentIds.Hurry;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var order = OrderResolver.Resolve(context, "hurry", o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay);
        if (order is null)
        {
            return;
        }

        if (order.Status != OrderStatus.AwaitingShipment || order.HasRefundUnderWay)
        {
            await ShipmentAnswers.TellAsync(context, order, cancellationToken).ConfigureAwait(false);
        }
        else if (context.Services.Orders.Facts(order).IsPastShippingPromise)
        {
            context.Say("hurry.urgent_past_promise", context.SlotsOf(order));
            await ShipmentAnswers.OverdueAsync(context, order, cancellationToken).ConfigureAwait(false);
        }
        else if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.HurryNote, CaseKind.UrgentNote).ConfigureAwait(false) is not null)
        {
            context.Say("hurry.already_noted", context.SlotsOf(order));
        }
        else
        {
            context.Say("hurry.noted_within_promise", context.SlotsOf(order));
            await context.Actions.RecordHurryNoteAsync(context.Turn, order.OrderNumber, pastPromise: false, Note(context.Facts.Cues), cancellationToken).ConfigureAwait(false);
        }

        context.Finish();
    }

    /// <summary>What the note says, from the cues, never the buyer's sentence: 买家催发货（急用，12月5日前需要）.</summary>
    private static string Note(MessageCues cues)
    {
        var details = new List<string>();
        if (cues.IsUrgent)
        {
            details.Add("急用");
        }

        if (cues.Deadline is { } deadline)
        {
            details.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{deadline.Month}月{deadline.Day}日前需要"));
        }

        return details.Count == 0 ? "买家催发货" : $"买家催发货（{string.Join("，", details)}）";
    }
}

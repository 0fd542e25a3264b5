using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Lines the bot answers as said, whatever the model reads into them: what the bot can do, a payment made, a flow let go.</summary>
public sealed partial class DialogEngine
{
    /// <summary>"你会什么" in one short line, a flow that waits asked again after it; "我付款了" with the order's state.</summary>
    private DialogOutcome? AnswersAsSaid(FlowContext context)
    {
        var state = context.State;
        if (CapabilityQuestion.IsAsked(context.Normalized))
        {
            state.ClearClarification();
            context.Say("listen.capabilities");
            if (state.ActiveFlow is not null && state.Step is not null)
            {
                QuestionAside.Resume(context);
            }

            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        // "那要多久" right after a refund or a return was talked about asks how long the money takes, not when a parcel ships.
        if (WaitQuestion.IsAsked(context.Normalized) && WaitQuestion.AfterMoneyTopic(context) is { } moneyWait)
        {
            // The payout times listed already: the way paid named before in short, else when the count starts.
            if (moneyWait.Template == WaitQuestion.WaitRefund && RefundTiming.Listed(state))
            {
                RefundTiming.Tell(context, moneyWait.Order.OrderNumber, tellState: false);
                return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
            }

            context.Say(moneyWait.Template, context.SlotsOf(moneyWait.Order));
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
        }

        // "还要几天" right after an order waiting to ship was talked about asks when that one ships and arrives.
        if (state.ActiveFlow is null && WaitQuestion.IsAsked(context.Normalized) && state.LastOrderNumber is { } last
            && _services.Orders.Find(context.Input.BuyerId, last) is { Status: OrderStatus.AwaitingShipment } waiting)
        {
            context.Say("listen.wait_unshipped", context.SlotsOf(waiting));
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Hurry);
        }

        // "没有黑色就算了 我先不付了" about the unpaid order just talked about: it closes by itself, nothing to do.
        if (UnpaidLetGo.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Payment);
        }

        // "不行的话就算了 我再看看别家" after an order closed unpaid was answered: seen off, nothing owed.
        if (ClosedLetGo.TryAnswer(context))
        {
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Payment);
        }

        if (state.ActiveFlow is not null || !PaymentReport.IsSaid(context.Normalized, context.Guard))
        {
            return null;
        }

        var order = PaymentReport.OrderOf(_services.Orders.OrdersOf(context.Input.BuyerId), state.LastOrderNumber, _services.Time.GetUtcNow());
        // "那单17号就付了 咋还没发" about an order past its shipping promise is a chase, never "预计（已过的日子）前出库，请放心".
        if (order is { Status: OrderStatus.AwaitingShipment } && _services.Orders.Facts(order).IsPastShippingPromise)
        {
            return null;
        }

        state.ClearClarification();
        if (order is null)
        {
            context.Say("listen.payment_no_order");
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Payment);
        }

        context.Say(
            order.Status switch
            {
                OrderStatus.AwaitingPayment => "listen.payment_not_seen",
                OrderStatus.Shipped => "listen.payment_shipped",
                _ => "listen.payment_received",
            },
            context.SlotsOf(order));
        state.LastOrderNumber = order.OrderNumber;
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Payment);
    }

    /// <summary>The buyer lets the waiting flow go ("地址不用改了"): said back in the flow's terms, nothing recorded.</summary>
    private static DialogOutcome Dropped(FlowContext context, string intent)
    {
        var order = context.State.OrderNumber is { } number ? context.Services.Orders.Find(context.Input.BuyerId, number) : null;
        context.State.EndFlow();
        switch (intent)
        {
            case IntentIds.ChangeAddress when order is not null:
                context.Say("listen.address_kept", context.SlotsOf(order));
                break;
            case IntentIds.ChangeAddress:
                context.Say("listen.address_kept_no_order");
                break;
            case IntentIds.Invoice:
                context.Say("listen.invoice_dropped");
                break;
            default:
                context.Say("dialog.declined");
                break;
        }

        return Outcome(context, DialogOutcomeKind.Answered, intent);
    }
}

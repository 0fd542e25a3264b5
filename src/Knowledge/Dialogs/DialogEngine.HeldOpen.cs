using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Lines read against the case this chat already holds rather than as fresh messages: "要寄回去啊 那算了 晚点再说吧"
/// after a repair or another quality case was recorded here keeps that case open and says so (never "nothing recorded");
/// "等下 还是退吧 怎么操作", "那怎么退" after the no-reason return was told for an order are the return's steps there;
/// "就衣服那个 T恤" after a parcel answer names the order answered about, which is confirmed, never a problem menu;
/// "总得给个说法吧" after a quality case was recorded here presses for a decision, which a colleague is called to make.
/// </summary>
public sealed partial class DialogEngine
{
    private const string OrderConfirmedTemplate = "dialog.order_confirmed";

    /// <summary>What the line means beside the case or answer this chat already holds, or null when it is a fresh message.</summary>
    private async Task<DialogOutcome?> HeardInCaseAsync(FlowContext context, CancellationToken cancellationToken) =>
        context.State.ActiveFlow is not null ? null
        : await HouseNumberAmendedAsync(context, cancellationToken).ConfigureAwait(false) ?? ReturnStepsAsked(context) ?? SameOrderConfirmed(context) ?? await HoldsRecordedCaseAsync(context, cancellationToken).ConfigureAwait(false)
            ?? (await RecordedCaseTalk.TryHandOverPushAsync(context, cancellationToken).ConfigureAwait(false) ? Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn) : null);

    /// <summary>The order of the parcel just answered about, named again ("就衣服那个 T恤"): that is the one, as answered.</summary>
    private static DialogOutcome? SameOrderConfirmed(FlowContext context)
    {
        var state = context.State;
        if (state.LastFlow is not { } topic || topic is not (IntentIds.Track or IntentIds.Hurry) || state.LastOrderNumber is not { } number
            || OrderResolver.Named(context) is not [var named] || named.OrderNumber != number || !BareOrderReference.Confirms(context))
        {
            return null;
        }

        state.ClearClarification();
        context.Say(OrderConfirmedTemplate, context.SlotsOf(named));
        return Outcome(context, DialogOutcomeKind.Answered, topic);
    }
    private const string HoldOffRecordedTemplate = "dialog.hold_off_recorded";

    private const string ReturnStepsTemplate = "listen_followups.return_steps_buyer";

    /// <summary>The no-reason answers after which "怎么操作" asks how to send that return.</summary>
    private static readonly string[] NoReasonReturnTold =
    [
        "no_reason_return.within_window", "no_reason_return.condition_met", "no_reason_return.return_postage_buyer",
        "no_reason_return.within_window_again", "no_reason_return.postage_disputed",
    ];

    /// <summary>
    /// "门牌也顺便改下 平江路16号", "不对 门牌没错 还是6号" right after an address change was recorded here on the order: the
    /// house number of that change, which the change of address amends on its record, never a question what is meant.
    /// </summary>
    private async Task<DialogOutcome?> HouseNumberAmendedAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.LastFlow != IntentIds.ChangeAddress || !HouseNumberSaid().IsMatch(context.Compact) || AddressKeeps.HoldsMobile(context.Compact)
            || state.LastOrderNumber is not { } number || context.Facts.MatchedOrderNumbers.Any(n => n != number) || !_flows.ContainsKey(IntentIds.ChangeAddress)
            || (await OpenCases.HereAsync(context, number, cancellationToken, Cases.CaseKind.AddressChange).ConfigureAwait(false)).Count == 0)
        {
            return null;
        }

        state.ClearClarification();
        return await StartAsync(context, IntentIds.ChangeAddress, cancellationToken).ConfigureAwait(false);
    }

    // "门牌也改下 平江路16号", "门牌没错 还是6号", "还是6号": the house number said again for the address just changed.
    [GeneratedRegex("(门牌|門牌|门号|房号|楼号)[^0-9]{0,12}[0-9]{1,5}号?|还是[0-9]{1,5}号|還是[0-9]{1,5}號")]
    private static partial Regex HouseNumberSaid();

    /// <summary>A deferral after a quality case was recorded here: the case stays open for when the buyer has time.</summary>
    private static async Task<DialogOutcome?> HoldsRecordedCaseAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (context.Input.PhotoUrls.Count > 0 || !Hesitation.Of(context.Normalized) || QualityReturnFlow.RecordedHere(context.State) is not { } number
            || context.Facts.MatchedOrderNumbers.Any(n => n != number))
        {
            return null;
        }

        var open = await OpenCases.HereAsync(context, number, cancellationToken, QualityReturnFlow.QualityKinds).ConfigureAwait(false);
        if (open.Count == 0 || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return null;
        }

        context.State.ClearClarification();
        context.Finish();
        context.State.LastOrderNumber = number;
        context.Say(HoldOffRecordedTemplate, context.SlotsOf(order));
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn);
    }

    /// <summary>"那怎么退", "还是退吧 怎么操作" right after the no-reason return was told for a received order: its steps.</summary>
    private static DialogOutcome? ReturnStepsAsked(FlowContext context)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || !HowToReturn().IsMatch(context.Compact) || OtherQuestion().IsMatch(context.Compact)
            || state.LastOrderNumber is not { } number || context.Facts.MatchedOrderNumbers.Any(n => n != number)
            || !NoReasonReturnTold.Any(told => context.Told(told, number))
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.Shipped or OrderStatus.Completed } order)
        {
            return null;
        }

        state.ClearClarification();
        context.Say(ReturnStepsTemplate, context.SlotsOf(order));
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.NoReasonReturn);
    }

    // "怎么操作", "那怎么退", "咋退啊", "退货流程是啥", "怎麼申請": how to go about the return just told.
    [GeneratedRegex("(怎么|怎麼|咋|如何|怎样|怎樣)(操作|弄|退|申请|申請|办|辦)|(退货|退貨|退)的?(流程|步骤|步驟)")]
    private static partial Regex HowToReturn();

    // The goods' own use ("灯怎么调", "怎么开"), the money, or the courier to send it with ("要我自己叫快递吗"), which
    // their own answers take, never the return's steps alone.
    [GeneratedRegex("钱|錢|退款|调|開|开关|充电|安装|洗|快递|快遞|寄")]
    private static partial Regex OtherQuestion();
}

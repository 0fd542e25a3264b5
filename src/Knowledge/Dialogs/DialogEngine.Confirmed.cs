using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

public sealed partial class DialogEngine
{
    /// <summary>
    /// "确定", "好的", "嗯嗯", "对", "是的" right after the bot recorded something in this chat: a brief acknowledgement that it stands,
    /// never the not-understood menu nor a thank-you reply to a word that was no thanks. "对 两件那单 318的" says which
    /// order it was in words of count and price only, which confirms the record as much.
    /// </summary>
    private static async Task<DialogOutcome?> ConfirmsRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var compact = CompactText.Of(context.Normalized);
        var tellMe = TellMeWhenDone().IsMatch(compact);
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || state.LastOrderNumber is not { } orderNumber
            || !(Agreement.IsBare(compact) || OrderAgreed().IsMatch(compact) || tellMe || SameOrderAgreed(context, orderNumber, compact)))
        {
            return null;
        }

        if (!await RecordedHereAsync(context, orderNumber, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        context.Say(tellMe ? "listen_known.recorded_will_tell" : "listen_known.recorded_confirmed", new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = orderNumber });
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
    }

    /// <summary>
    /// "对 就是昨天拍的那个灰色的" right after a record: yes, plus words that only point at the order recorded (its day,
    /// colour, product), with no question, no problem and no other order named.
    /// </summary>
    private static bool SameOrderAgreed(FlowContext context, string orderNumber, string compact) =>
        AgreeingStart().IsMatch(compact) && compact.Length <= 20 && !context.Facts.Cues.IsQuestion && context.Facts.Cues.Asserted.Count == 0
        && context.Facts.MatchedOrderNumbers.All(n => n == orderNumber) && !QualityProblems.NamesAProblem(context.Normalized)
        && !context.Facts.Cues.IsCorrection && context.Facts.Cues.Negated.Count == 0;

    [GeneratedRegex("^(?:对|对的|是的?|嗯+|没错|就是)(?:对|的|啊|呀)?(?:就是|是)?(?:那|这|昨天|前天|今天|早上|上周|刚)")]
    private static partial Regex AgreeingStart();

    /// <summary>"改好跟我说一声", "弄好了通知我": the buyer wants word once the recorded request is done.</summary>
    [GeneratedRegex("^(?:那)?(?:改好|弄好|办好|处理好|好了|搞定)(?:了)?(?:的话)?(?:跟|和|给|告诉|通知)我(?:说)?(?:一声|一下|下)?(?:哈|哦|啊|呀|吧)?$")]
    private static partial Regex TellMeWhenDone();

    /// <summary>
    /// "因为尺码选错了" right after the refund was recorded in this chat, asking for nothing else: the reason goes onto
    /// the refund record, whatever the model makes of a few words about sizes.
    /// </summary>
    private static async Task<DialogOutcome?> GivesReasonAfterRefundAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || state.LastOrderNumber is not { } orderNumber
            || !(context.Told(RefundUnshippedFlow.RefundRequested, orderNumber) || context.Told("refund_unshipped.shipped_refund_only", orderNumber)) || context.Facts.Cues.Asserted.Any(a => a != BuyerAction.Refund)
            || context.Facts.MatchedOrderNumbers.Any(n => n != orderNumber)
            || !await RefundReasonAfter.TryWriteAsync(context, orderNumber, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.RefundUnshipped);
    }

    /// <summary>
    /// "是浴巾 不是杯子", "对 就浴巾那单 保温杯不用动" right after something was recorded on the towel order in this chat:
    /// the buyer says which order it was for. Told that it is that one and the other stays untouched; "不是杯子" is
    /// no wrong item sent, and no need is opened on the order named second.
    /// </summary>
    private static async Task<DialogOutcome?> ConfirmsRecordedOrderAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || state.LastOrderNumber is not { } orderNumber
            || MeantOrderLead().Match(context.Normalized.Trim()) is not { Success: true } lead || context.Facts.Address is not null)
        {
            return null;
        }

        // The part said as the one meant is read alone: the whole line names the other order too, and may name it only.
        var orders = context.Services.Orders.OrdersOf(context.Input.BuyerId);
        var meant = context.Services.Analyzer.Analyze(lead.Groups["meant"].Value, orders, context.Services.Time.GetUtcNow()).OrderReferences
            .Where(r => r.Evidence == OrderEvidence.Product).ToList();
        if (meant is not [{ OrderNumbers: [var named] }] || named != orderNumber || context.Services.Orders.Find(context.Input.BuyerId, orderNumber) is not { } order
            || !await RecordedHereAsync(context, orderNumber, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        context.Say("listen_known.recorded_order_confirmed", context.SlotsOf(order));
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
    }

    private static async Task<bool> RecordedHereAsync(FlowContext context, string orderNumber, CancellationToken cancellationToken) =>
        (await OpenCases.HereAsync(context, orderNumber, cancellationToken).ConfigureAwait(false)).Count > 0;

    [GeneratedRegex("^(?:对|对的|嗯+|没错)?[\\s,，]*(?:是|就是|就|说的是|我说的是)(?<meant>[^不\\s,，]{1,8}?)(?:(?:那单|那个|这单|那笔|那件)[\\s,，]*|[\\s,，]+|(?=不是))(?:不是|(?:别的|其他|其它)?[^,，]{0,6}(?:不用|别|不要)(?:动|改))")]
    private static partial Regex MeantOrderLead();

    [GeneratedRegex("^(?:对|对的|是的?|嗯+|没错)(?:就是)?[那这一两二三四五六七八九十0-9件个双只套单笔块元的啊呀]*(?:单|笔)[那这一两二三四五六七八九十0-9件个双只套单笔块元的啊呀]*$")]
    private static partial Regex OrderAgreed();

    /// <summary>
    /// "能先发新的吗", "你们先寄过来我再寄回去" right after an exchange was recorded in this chat: the exchange rule (the new
    /// one leaves once the one sent back is checked) with the wish kept on the record, never a hurry note on another order.
    /// </summary>
    private static async Task<DialogOutcome?> AsksNewSentFirstAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || !QualityReturnFlow.AsksNewFirst(context.Compact)
            || QualityReturnFlow.RecordedHere(state) is not { } orderNumber
            || !ExchangeTold.Any(t => context.Told(t, orderNumber)))
        {
            return null;
        }

        // The wish goes on the exchange record for the colleague who decides; without one, the rule is told.
        if (!await QualityReturnFlow.NotesNewFirstAsync(context, orderNumber, cancellationToken).ConfigureAwait(false))
        {
            context.Say("quality_return.exchange_new_after_return", new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = orderNumber });
        }

        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn);
    }

    private static readonly string[] ExchangeTold =
    [
        "quality_return.exchange_size_opened", "quality_return.exchange_opened", "quality_return.exchange_opened_photos_later",
        "quality_return.exchange_opened_described", "quality_return.changed_to_exchange", "quality_return.exchange_spec_updated",
    ];

}

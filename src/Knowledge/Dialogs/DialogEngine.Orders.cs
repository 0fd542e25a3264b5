using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>A message that only names an order ("就那个包", "袜子啊", "239那个") right after an answer.</summary>
public sealed partial class DialogEngine
{
    /// <summary>
    /// The buyer insists on the order they named: the matter just handled is taken up again for that order (a
    /// withdrawal stays a withdrawal), instead of reading the product name as a new need. Null when the message says more.
    /// </summary>
    private async Task<DialogOutcome?> NamesOnlyAnOrderAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0)
        {
            return null;
        }

        // "催一下羽绒服" read as something else by the model: asking to hurry an order named is a hurry; a completed order
        // named with "投诉" or "差评" is a complaint about it, never a hurry.
        if (context.Input.Understanding.Decision != TurnDecision.Answer && HurryAsk.IsAsked(context.Normalized)
            && OrderResolver.Named(context) is [{ Status: not OrderStatus.Completed }] && _flows.TryGetValue(IntentIds.Hurry, out var hurry))
        {
            state.StartFlow(IntentIds.Hurry);
            return await RunAsync(context, hurry, cancellationToken).ConfigureAwait(false);
        }

        if (!OnlyNamesAnOrder(context))
        {
            return null;
        }

        // "我的杯子呢" with nothing before: where that order stands.
        var last = state.LastFlow ?? IntentIds.Track;
        if (!_flows.TryGetValue(last, out var flow))
        {
            return null;
        }

        var withdrawal = last == IntentIds.RefundUnshipped && state.LastOrderToldOf("refund_withdrawal.") is not null;
        state.StartFlow(last);
        if (withdrawal)
        {
            state.Values[RefundWithdrawal.Key] = "1";
        }

        return await RunAsync(context, flow, cancellationToken).ConfigureAwait(false);
    }

    private static bool OnlyNamesAnOrder(FlowContext context)
    {
        var mentions = context.Facts.OrderReferences
            .Where(r => r.Evidence is OrderEvidence.Product or OrderEvidence.Price or OrderEvidence.LastDigits or OrderEvidence.Date or OrderEvidence.TrackingNumber or OrderEvidence.Carrier
                && r.OrderNumbers.Count > 0)
            .Select(r => r.Mention)
            .ToList();
        if (mentions.Count == 0 || OrderResolver.Named(context).Count != 1)
        {
            return false;
        }

        var rest = context.Compact;
        foreach (var mention in mentions.Where(m => m.Length > 0).OrderByDescending(m => m.Length))
        {
            rest = rest.Replace(mention, string.Empty, StringComparison.Ordinal);
        }

        return Filler().Replace(rest, string.Empty).Length == 0;
    }

    [GeneratedRegex("[就是那这个一单订的啊呀吧呢嘛哦噢喔啦我说了买拍件笔都讲过元块钱!！。.,，?？~～…]|在哪(里|儿)?")]
    private static partial Regex Filler();
}

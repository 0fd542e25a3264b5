using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "???", "？？", "啥意思", "没看懂" right after an answer: the buyer did not follow it, she asked nothing new. She hears in
/// a line what is under way on the order in focus (a record a colleague looks into here) or what the talk was about, and
/// is asked what is unclear, never "这个我还不太会". The same text is not sent twice, so a second "???" reaches a person.
/// </summary>
public static partial class Puzzled
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastReplies.Count == 0 || context.Input.PhotoUrls.Count > 0 || !Says(context.Text, context.Compact))
        {
            return false;
        }

        var order = state.LastOrderNumber is { } number ? context.Services.Orders.Find(context.Input.BuyerId, number) : null;
        var awaited = order is not null && await OpenCases.AwaitedOnFocusAsync(context, cancellationToken).ConfigureAwait(false);
        // "？？？" after a parcel or shipping answer with nothing asked of a colleague yet presses for it: the track flow
        // takes it as asked again and has a colleague chase the courier or warehouse.
        if (!awaited && state.LastFlow is IntentIds.Track or IntentIds.Hurry && Impatience.Shows(context.Text))
        {
            return false;
        }

        if (awaited)
        {
            context.Say("clarify.puzzled_awaited", context.SlotsOf(order!));
        }
        else if (order is not null && state.LastFlow is { } flow && Topics.TryGetValue(flow, out var topic))
        {
            context.Say("clarify.puzzled_topic", new Dictionary<string, string?>(context.SlotsOf(order)) { [TemplateSlots.TopicA] = topic });
        }
        else
        {
            context.Say("clarify.puzzled");
        }

        return true;
    }

    /// <summary>
    /// True for a line of question marks alone, or a bare "啥意思", "没看懂", "什么？": the marks are read in the raw text
    /// (the folding for classification drops them), the words in the compact folded text.
    /// </summary>
    public static bool Says(string text, string compact)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(compact);
        var marks = text.Where(c => !char.IsWhiteSpace(c)).ToList();
        return (marks.Any(c => c is '?' or '？') && marks.All(c => Marks.Contains(c, StringComparison.Ordinal))) || (compact.Length > 0 && NotFollowed().IsMatch(compact));
    }

    private const string Marks = "?？!！。.…~～,，";

    [GeneratedRegex("^(?:啊|嗯|额|呃|哈|亲)?(?:啥|什么|神马|啥子)(?:意思|情况|玩意儿?)?(?:啊|呀|呢)?[?？!！.。…]*$|^(?:我)?(?:没|没有|看不|听不|搞不)(?:看|听|搞)?(?:懂|明白)(?:啊|呀|诶|欸)?[?？!！.。…]*$|^(?:不懂|不明白)(?:啊|呀)?[?？!！.。…]*$")]
    private static partial Regex NotFollowed();

    /// <summary>The talk the buyer did not follow, named as she would ("订单…物流的事").</summary>
    private static readonly Dictionary<string, string> Topics = new(StringComparer.Ordinal)
    {
        [IntentIds.Track] = "物流",
        [IntentIds.Hurry] = "发货",
        [IntentIds.RefundUnshipped] = "退款",
        [IntentIds.QualityReturn] = "售后",
        [IntentIds.Invoice] = "发票",
        [IntentIds.ChangeAddress] = "改地址",
        [IntentIds.NoReasonReturn] = "退换货",
        [IntentIds.Payment] = "付款",
        [IntentIds.PriceProtection] = "差价",
        [IntentIds.DelayShipment] = "推迟发货",
        [IntentIds.Installation] = "安装",
        [IntentIds.Repair] = "维修",
        [IntentIds.CourierChoice] = "快递",
        [OrderChangeFlow.FlowId] = "改订单",
    };
}

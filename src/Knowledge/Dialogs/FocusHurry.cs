using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "我急用钱", "等着用呢", "小孩下周要穿 拜托快一点" right after this chat left a hurry note on the order in focus: the buyer says why it is
/// urgent, which the note already stands for. They hear that it is understood and already with a colleague, never a
/// choice between hurrying a shipment and paying, nor a new note.
/// </summary>
public static partial class FocusHurry
{
    public const string Template = "focus.hurry_urgent";

    /// <summary>A reason said in passing is short; a longer line carries a need of its own.</summary>
    private const int MaxLength = 14;

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var compact = context.Compact;
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || state.LastOrderNumber is not { } number
            || compact.Length > MaxLength || !Urgent().IsMatch(compact) || OtherNeed().IsMatch(compact)
            || OrderResolver.Named(context).Any(o => o.OrderNumber != number)
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.HurryNote, CaseKind.UrgentNote).ConfigureAwait(false)).Count == 0)
        {
            return false;
        }

        context.Say(Template, context.SlotsOf(order));
        return true;
    }

    // "我急用钱", "急着用", "等着用呢", "孩子等着穿", "小孩下周要穿 拜托快一点": why it is urgent, or only a plea.
    [GeneratedRegex("急用|急着|着急|很急|好急|急死|急需|等着(?:用|穿|送|要)|赶时间|等不了|等不及|(?:明天|后天|下周|下礼拜|这周|周末|月底|过几天)(?:就)?(?:要|得)(?:用|穿|送)|拜托快|快(?:一点|些)(?:吧|啊|呀|哦)?$")]
    private static partial Regex Urgent();

    // Anything that asks for something: a question, a refund or cancel, a person, a complaint.
    [GeneratedRegex("[?？吗嘛么]|退|取消|不要了|人工|投诉|多久|几天|什么时候|啥时候|能不能|可不可以|可以|发货|催")]
    private static partial Regex OtherNeed();
}

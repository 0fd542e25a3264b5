using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "补的什么时候寄", "大概幾號能寄出" right after a reshipment was recorded on the order in focus: when the missing or
/// broken part goes out (once the warehouse has checked what left it, with its new tracking number told here), never
/// the refund or arrival times of a refund the buyer turned down.
/// </summary>
internal static partial class ReshipTiming
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } last || !WhenSent().IsMatch(context.Compact)
            || context.Facts.MatchedOrderNumbers.Any(n => n != last) || Photo().IsMatch(context.Compact) || (RefundTiming.IsAsked(context.Normalized) && Refund().IsMatch(context.Compact))
            || await OpenCases.FindAsync(context, last, cancellationToken, CaseKind.Reship).ConfigureAwait(false) is null)
        {
            return false;
        }

        state.ClearClarification();
        context.Say("quality_return.reship_when", new Dictionary<string, string?> { [Templates.TemplateSlots.OrderNumber] = last });
        return true;
    }

    // "什么时候补发", "几号能寄出", "补的啥时候发": when something goes out, not when money comes back.
    [GeneratedRegex("(什么时候|啥时候|几时|几号|哪天|多久|多长时间|何时|今天|明天|能不能|能).{0,6}(补|寄|发)|(补|寄|发).{0,4}(什么时候|啥时候|几号|哪天|多久|了吗|了没)")]
    private static partial Regex WhenSent();

    // "图明天补给你": photos promised, not a question about the parcel.
    [GeneratedRegex("图|照片|视频|拍")]
    private static partial Regex Photo();

    [GeneratedRegex("退款|退钱|到账")]
    private static partial Regex Refund();
}

using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "补多少啊" about a compensation recorded in this chat: a sum once told ("登记了10元补偿") is the sum said again,
/// never "10元以内" afterwards; without one, the cap the bot may offer. "太少的话我还是退了算了" also hears the other
/// way: a return or an exchange at the shop's cost instead, and a supervisor for more.
/// </summary>
public static partial class CompensationSumTold
{
    /// <summary>Says the sum of <paramref name="recorded"/>, or <paramref name="capTemplate"/> with the cap when none was fixed.</summary>
    public static void Say(FlowContext context, IReadOnlyDictionary<string, string?> orderSlots, CaseRecord recorded, string capTemplate)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        var fixedSum = recorded.Compensation > 0;
        var ratherReturn = RatherReturn().IsMatch(context.Compact);
        var template = (fixedSum, ratherReturn) switch
        {
            (true, true) => "quality_return.compensation_sum_or_return",
            (true, false) => "quality_return.compensation_sum",
            (false, true) => "quality_return.compensation_amount_or_return",
            _ => capTemplate,
        };
        var sum = fixedSum ? recorded.Compensation : context.Services.Options.MaxBotCompensation;
        context.Say(template, new Dictionary<string, string?>(orderSlots, StringComparer.Ordinal)
        {
            [TemplateSlots.Amount] = sum.ToString("0.##", CultureInfo.InvariantCulture),
        });
    }

    [GeneratedRegex("(少|不够|不满意|不合适|不划算)[^，,。]{0,6}(还是|就|那就|干脆|宁愿)[^，,。]{0,3}(退|换)|(还是|宁愿|干脆)(退了|退货|退掉|退款|换货|换新|换了)")]
    private static partial Regex RatherReturn();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "好的 那运费大概多少啊", "上门取件要钱吗" right after the pickup of a no-reason return was told: who pays the return
/// postage, and that the pickup fee is the one the return page shows (no figure made up), never a goodbye.
/// </summary>
public static partial class ReturnPickup
{
    private const string PickupPostageTemplate = "no_reason_return.pickup_postage";

    public static bool TryTellPostage(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || !FeeAsked().IsMatch(context.Compact) || Held(context) is not { } order
            || !context.Told(Template, order.OrderNumber) || state.LastFlow == IntentIds.QualityReturn
            || QualityReturnFlow.RecordedHere(state) is not null || QualityProblems.NamesAProblem(context.Normalized))
        {
            return false;
        }

        state.LastOrderNumber = order.OrderNumber;
        context.Say(PickupPostageTemplate, context.SlotsOf(order));
        return true;
    }

    // "运费大概多少", "邮费怎么算", "取件费贵不贵", "上门取件要钱吗", "運費多少錢" (read folded to Simplified).
    [GeneratedRegex("(?:运费|邮费|快递费|取件费|上门费|费用)[^，,。]{0,4}(?:多少|几块|几元|怎么算|贵不贵|贵吗|要钱|收钱|收费|谁出|谁付|我出)|(?:上门|取件|来取)[^，,。]{0,4}(?:要钱|收钱|收费|花钱|多少钱|免费|要不要钱|额外)")]
    private static partial Regex FeeAsked();
}

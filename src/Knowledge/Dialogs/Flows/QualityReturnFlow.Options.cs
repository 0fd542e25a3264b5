using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "要不你们说怎么弄", "你们看着办吧" about the quality case this chat recorded: the buyer leaves the remedy to the shop,
/// so the options for this case are told (what stands and what else is possible), never how to use the goods.
/// </summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>The note on a case recorded past the return window: a colleague judges what is done.</summary>
    private const string ColleagueJudgesNote = "请同事判断处理方式";

    /// <summary>True when the options for the case recorded here were told.</summary>
    public static async Task<bool> OffersOptionsAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || !LeavesItToShop().IsMatch(context.Compact)
            || RecordedHere(state) is not { } orderNumber
            || context.Facts.OrderReferences.Any(r => r.OrderNumbers.Count > 0 && !r.OrderNumbers.Contains(orderNumber))
            || (await OpenCases.HereAsync(context, orderNumber, cancellationToken, QualityKinds).ConfigureAwait(false)).LastOrDefault() is not { } recorded)
        {
            return false;
        }

        // "要么补一件要么退一件的钱 你们看着办": the goods or their money, left to the shop, is the shop's default recorded.
        if (await TakesShopDefaultAsync(context, orderNumber, recorded, new Dictionary<string, string?> { [Templates.TemplateSlots.OrderNumber] = orderNumber }, cancellationToken).ConfigureAwait(false))
        {
            state.OrderNumber = orderNumber;
            return true;
        }

        var slots = new Dictionary<string, string?>
        {
            [Templates.TemplateSlots.OrderNumber] = orderNumber,
            [Templates.TemplateSlots.Remedies] = Remedies(context, OfferedProblem(recorded.Description ?? string.Empty)),
        };
        // Past the window the bot told the buyer a colleague decides: the choice is not handed back ("上个月买的…那你们说怎么办吧").
        if ((recorded.Description ?? string.Empty).Contains(ColleagueJudgesNote, StringComparison.Ordinal))
        {
            context.Say("quality_return.options_colleague_judges", slots);
        }
        else if (recorded.Kind is CaseKind.QualityReport or CaseKind.Compensation)
        {
            context.Say("quality_return.options_for_report", slots);
        }
        else
        {
            slots[Templates.TemplateSlots.Change] = recorded.Kind.Label();
            context.Say("quality_return.options_for_recorded", slots);
        }

        state.OrderNumber = orderNumber;
        context.Finish();
        return true;
    }

    // "要不你们说怎么弄", "你们看着办", "听你们的", "你说怎么处理吧".
    [GeneratedRegex("(?:你们|你|客服|店家|老板|商家)(?:说|看|定|决定|建议)(?:一下)?(?:该|要|应该)?(?:怎么|咋|如何)(?:弄|办|处理|搞|解决)|(?:你们|你)看着(?:办|处理|弄)|听你们的|你们(?:来)?定吧|怎么处理你们定|(?:有|还有)(?:什么|啥|哪些)(?:办法|方案|处理方式)")]
    private static partial Regex LeavesItToShop();
}

using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "这算质量问题吧 给我退了" about a report recorded past the return window for a colleague to judge ("洗了一次缩了一大截"):
/// the report stays a report until the shop's finding, with the remedy wished written on it; never a return with its
/// refund and the shop paying the postage before anyone has looked.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private static async Task<bool> WishAwaitsFindingAsync(FlowContext context, string orderNumber, CaseRecord recorded, CaseKind wanted,
        IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        if (recorded.Kind != CaseKind.QualityReport || recorded.Description is not { } description
            || !description.Contains(ColleagueJudgesNote, StringComparison.Ordinal) || wanted is not (CaseKind.Return or CaseKind.Exchange))
        {
            return false;
        }

        var wish = $"；买家希望{wanted.Label()}";
        if (!description.Contains(wish, StringComparison.Ordinal))
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, recorded.Id, $"补充买家希望{wanted.Label()}", cancellationToken).ConfigureAwait(false);
            await context.Actions.RecordQualityCaseAsync(context.Turn, orderNumber, CaseKind.QualityReport, description + wish, recorded.PhotoUrls, cancellationToken).ConfigureAwait(false);
        }

        context.Say("quality_return.wish_awaits_finding", new Dictionary<string, string?>(slots) { [Templates.TemplateSlots.Change] = wanted.Label() });
        context.Finish();
        return true;
    }
}

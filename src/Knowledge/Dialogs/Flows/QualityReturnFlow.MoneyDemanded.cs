using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "要么就赔我钱 你们看着办", "不补也行 赔钱吧" once a reshipment, return, exchange or repair was recorded here: money
/// with no sum the bot may grant, so the demand is recorded beside the case that stands and handed to a person who
/// decides, never the menu of remedies again. A demand that turns the recorded remedy down ("不补发了 补偿吧") is a change
/// of remedy, which the flow makes.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private const string MoneyDemandTemplate = "quality_return.money_demand_handed";

    /// <summary>True when a compensation demanded after the case was recorded went on the record for a person.</summary>
    public static async Task<bool> HandsMoneyDemandAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.ClarifyOptions.Count > 0 || !DemandsMoney(context.Compact)
            || RecordedHere(state) is not { } orderNumber
            || context.Facts.OrderReferences.Any(r => r.OrderNumbers.Count > 0 && !r.OrderNumbers.Contains(orderNumber))
            || (await OpenCases.HereAsync(context, orderNumber, cancellationToken, QualityKinds).ConfigureAwait(false)).LastOrDefault() is not { } recorded
            || recorded.Kind is not (CaseKind.Reship or CaseKind.Return or CaseKind.Exchange or CaseKind.Repair)
            || (WishOf(recorded.Kind) is { } standing && RefusedRemedies(context.Normalized).Contains(standing)))
        {
            return false;
        }

        var problem = RecordedProblem.Of(recorded.Description) is { } told ? $"{told}；" : string.Empty;
        var kind = recorded.Kind.Label();
        await context.Actions.RequestCompensationAsync(context.Turn, orderNumber, 0m,
            $"{problem}已登记{kind}，买家又要求赔钱（没说金额），{kind}和赔偿二选一，金额请主管审核后与买家商定", cancellationToken).ConfigureAwait(false);
        context.Say(MoneyDemandTemplate, new Dictionary<string, string?>
        {
            [Templates.TemplateSlots.OrderNumber] = orderNumber,
            [Templates.TemplateSlots.Change] = kind,
        });
        state.OrderNumber = orderNumber;
        context.NeedPerson(Compensation);
        context.Finish();
        return true;
    }

    /// <summary>"要么就赔我钱", "赔偿我", "给点补偿吧" with no sum named and no compensation turned down.</summary>
    private static bool DemandsMoney(string compact) =>
        MoneyDemand().IsMatch(compact) && !MoneyDemandSum().IsMatch(compact) && !QualitySettlements.RefusesCompensation(compact);

    [GeneratedRegex("赔(?:我|给我)?(?:点|些|一点)?钱|赔偿|要么(?:就)?赔|(?:就|那就|直接)赔|赔我|补偿(?:我|给我)?(?:点|些|一点)?钱|(?:给|要)(?:我)?(?:点|些|一点)?补偿|补偿(?:一下|吧)")]
    private static partial Regex MoneyDemand();

    [GeneratedRegex("[0-9]|[一二两三四五六七八九十百]+(?:块|元)|多少")]
    private static partial Regex MoneyDemandSum();
}

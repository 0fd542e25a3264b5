using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "换一个还是退钱都行", "补发退款都行", "随便 哪个都行" about a fault recorded with no remedy chosen: the buyer takes
/// either, so the bot decides as a good agent would. The rule: a refund among them is taken as the return with refund,
/// which the shop can always run (an exchange needs stock and a reshipment a colleague's check); without a refund the
/// exchange. It is said once with the postage rule, and the door stays open to the other; no one is called.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private const string RefundLabel = "退款";
    private const string ExchangeLabel = "换新";

    /// <summary>Records the remedy chosen for a buyer who takes either; false when neither is a return nor an exchange.</summary>
    private static async Task<bool> ChoosesForBuyerAsync(FlowContext context, string orderNumber, CaseRecord recorded, List<string> offered, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var refund = offered.Contains(RefundLabel);
        if ((!LeavesChoice().IsMatch(context.Compact) && !EitherTaken().IsMatch(context.Compact)) || (!refund && !offered.Contains(ExchangeLabel)))
        {
            return false;
        }

        var description = NoChoiceNote().Replace(recorded.Description ?? QualityProblems.Label(QualityProblem.Defect), string.Empty);
        var kind = refund ? "退货退款" : ExchangeLabel;
        await context.Actions.WithdrawCaseAsync(context.Turn, recorded.Id, $"买家两种都接受，改为{kind}", cancellationToken).ConfigureAwait(false);
        if (refund)
        {
            await OpenRefundReturnAsync(context, orderNumber, description, recorded.PhotoUrls, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await context.Actions.OpenReturnCaseAsync(context.Turn, orderNumber, true, description, recorded.PhotoUrls, cancellationToken).ConfigureAwait(false);
        }

        context.Say(refund ? "quality_return.either_taken_return" : "quality_return.either_taken_exchange",
            new Dictionary<string, string?>(slots) { [Templates.TemplateSlots.Change] = string.Join('或', offered) });
        context.Finish();
        return true;
    }

    /// <summary>"换货退款都行", "退换都可以": an exchange and a refund named, and either taken; no reshipment among them.</summary>
    private static bool EitherTakenWithRefund(string compact) =>
        ExchangeSaid().IsMatch(compact) && RefundSaid().IsMatch(compact) && !ReshipSaid().IsMatch(compact)
        && (EitherTaken().IsMatch(compact) || LeavesChoice().IsMatch(compact)) && !AsksWhichRemedy().IsMatch(compact);

    /// <summary>"随便", "哪个都行", "你们看着办" naming no remedy: whatever was offered is accepted.</summary>
    private static bool LeavesAnyRemedy(string compact) => AnyRemedy().IsMatch(compact);

    // "哪个都行", "哪种都可以", "随便", "都行", "你们定吧", "看着办".
    [GeneratedRegex("^(?:那|那就)?(?:随便|随意|哪个|哪种|怎么处理|怎么弄)?(?:都行|都可以|都好|都成|随便|你们定|你定|看着办)|随便(?:吧|啦|了)?$|(?:哪个|哪种|哪样)都(?:行|可以|好|成)")]
    private static partial Regex AnyRemedy();

    // "换货退款都行", "退换都可以": two remedies and the word that takes both.
    [GeneratedRegex("都(?:行|可以|好(?!好)|成|接受|ok)|哪个都|随便")]
    private static partial Regex EitherTaken();
}

using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Whose fault it is decides the kind of a return and who pays the postage. "不是质量问题 是我不喜欢" or "七天无理由"
/// about a quality return or exchange this conversation recorded makes it a no-reason one (the buyer pays the
/// postage); "是质量问题 袖口开线了" about a no-reason one makes it a quality one (the shop pays). The record is withdrawn
/// and recorded again with the right kind, never left beside a second one. Said while the quality flow still waits
/// for photos, the flow is left for the no-reason answer.
/// </summary>
public sealed partial class DialogEngine
{
    private static readonly CaseKind[] ReturnKinds = [CaseKind.Return, CaseKind.Exchange];

    private async Task<DialogOutcome?> ChangesReturnKindAsync(FlowContext context, CancellationToken cancellationToken)
    {
        // "穿不进 领标是L" on an order bought in XL: the wrong size sent, the shop's mistake, never a size that does not fit.
        var noDefect = NoReasonReturnFlow.SaysNoDefect(context.Normalized) && LabelSize.WrongSent(context) is null;
        var defect = !noDefect && (QualityProblems.Of(context.Normalized) is not null || QualityClaimed().IsMatch(context.Compact));
        if ((!noDefect && !defect) || !_flows.ContainsKey(IntentIds.NoReasonReturn))
        {
            return null;
        }

        var state = context.State;
        var recorded = await RecordedReturnAsync(context, cancellationToken).ConfigureAwait(false);
        if (noDefect && QualityReturnFlow.WantsSpecForSentWrong(context, recorded?.Record.Description))
        {
            return null;
        }

        if (recorded is null)
        {
            // "我老公穿不进" after a wrong size sent was told is what the shop's mistake does: the quality case stays.
            if (noDefect && state.ActiveFlow == IntentIds.QualityReturn && state.Step == DialogSteps.AskPhoto && state.OrderNumber is not null
                && !QualityReturnFlow.HoldsSentWrong(state))
            {
                // "退货退款 7天无理由可以吧" while photos are asked for: nothing recorded yet, the no-reason answer instead.
                state.EndFlow();
                return await StartAsync(context, IntentIds.NoReasonReturn, cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        var (record, order) = recorded.Value;
        if (defect && NamesOtherGoods(context, order.OrderNumber))
        {
            return null;
        }

        var wasNoReason = (record.Description ?? string.Empty).Contains(NoReasonReturnFlow.NotQuality, StringComparison.Ordinal);
        // A wrong item sent is the shop's doing whatever the buyer calls it.
        if (noDefect == wasNoReason || (record.Description ?? string.Empty).StartsWith(QualityProblems.Label(QualityProblem.WrongItem), StringComparison.Ordinal))
        {
            return null;
        }

        if (noDefect && _services.Orders.Facts(order).DaysSinceShipment > NoReasonReturnFlow.WindowDays + NoReasonReturnFlow.DaysToSign)
        {
            // No defect and past the seven days: the quality case is no longer true, and a no-reason return is too late.
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, "买家说明不是质量问题，已过7天无理由期", cancellationToken).ConfigureAwait(false);
            state.EndFlow();
            state.LastOrderNumber = order.OrderNumber;
            context.Say("no_reason_return.outside_window", context.SlotsOf(order));
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.NoReasonReturn);
        }

        var exchange = record.Kind == CaseKind.Exchange;
        var products = _services.Analyzer.Products.ProductWords;
        var item = ProblemPhrases.ItemOf(order.Title, products);
        string description;
        if (noDefect)
        {
            description = NoReasonReturnFlow.Describe(item, context.Normalized, exchange, exchange ? WantedChange(record.Description) : null);
        }
        else
        {
            var problem = QualityProblems.Of(context.Normalized) ?? QualityProblem.Defect;
            var spec = exchange ? WantedChange(record.Description) : null;
            description = ProblemPhrases.WithItem(QualityProblems.Describe(problem, context.Normalized), order.Title, products)
                + (spec is null ? string.Empty : $"（买家要{spec}）");
        }

        await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, noDefect ? "买家说明不是质量问题，改为7天无理由" : "买家说明是质量问题，改按质量问题处理", cancellationToken).ConfigureAwait(false);
        await context.Actions.OpenReturnCaseAsync(context.Turn, order.OrderNumber, exchange, description, record.PhotoUrls, cancellationToken).ConfigureAwait(false);
        state.EndFlow();
        state.ClearClarification();
        state.LastOrderNumber = order.OrderNumber;
        var template = noDefect
            ? (exchange ? "no_reason_return.kind_changed_exchange" : "no_reason_return.kind_changed_return")
            : (exchange ? "quality_return.kind_changed_quality_exchange" : "quality_return.kind_changed_quality_return");
        context.Say(template, context.SlotsOf(order));
        return Outcome(context, DialogOutcomeKind.Answered, noDefect ? IntentIds.NoReasonReturn : IntentIds.QualityReturn);
    }

    /// <summary>
    /// "还有之前买的那个保温杯 盖子漏水" after a T恤 exchange was recorded: the fault names goods of another order, so it
    /// is a case of its own there, never a change of the exchange's kind.
    /// </summary>
    private static bool NamesOtherGoods(FlowContext context, string recordedOrder)
    {
        var named = context.Facts.OrderReferences.Where(r => r.Evidence == Entities.OrderEvidence.Product && r.OrderNumbers.Count > 0).ToList();
        return named.Count > 0 && named.All(r => !r.OrderNumbers.Contains(recordedOrder));
    }

    /// <summary>
    /// The goods the buyer names were all sent ("浴巾颜色不喜欢 想换成米白色"): the colour wanted may name another sent
    /// order too ("白色" in "奶白色"), but none waiting to ship, so it is no change before shipping.
    /// </summary>
    private static bool AboutGoodsSent(FlowContext context) =>
        OrderResolver.Named(context) is { Count: > 0 } named && named.All(o => o.Status is OrderStatus.Shipped or OrderStatus.Completed);

    /// <summary>The open return or exchange this conversation recorded last, on an order in focus, with its order.</summary>
    private async Task<(CaseRecord Record, Order Order)?> RecordedReturnAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var numbers = new[] { state.OrderNumber, QualityReturnFlow.RecordedHere(state), state.LastOrderToldOf(IntentIds.NoReasonReturn + "."), state.LastOrderNumber }
            .OfType<string>().Distinct(StringComparer.Ordinal);
        foreach (var number in numbers)
        {
            if (_services.Orders.Find(context.Input.BuyerId, number) is not { } order)
            {
                continue;
            }

            var cases = await context.Actions.CasesOfOrderAsync(context.Turn, number, cancellationToken).ConfigureAwait(false);
            if (cases.Where(c => c.Status == CaseStatus.Open && c.ConversationId == context.Input.ConversationId && ReturnKinds.Contains(c.Kind))
                .OrderByDescending(c => c.CreatedAt).FirstOrDefault() is { } record)
            {
                return (record, order);
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?<![不没非])是质量问题|有质量问题|质量有问题|算质量问题")]
    private static partial System.Text.RegularExpressions.Regex QualityClaimed();

    /// <summary>The size or colour an exchange record asks for ("XL换L", "换成L"), kept when its kind changes.</summary>
    private static string? WantedChange(string? description)
    {
        if (description is null)
        {
            return null;
        }

        var wanted = System.Text.RegularExpressions.Regex.Match(description, "(?:，|买家要)(?<c>(?:[0-9a-zA-Z]+)?换(?:成)?[^（），]+)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        return wanted.Success ? wanted.Groups["c"].Value : null;
    }
}

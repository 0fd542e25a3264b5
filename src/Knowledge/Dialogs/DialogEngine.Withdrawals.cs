using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A record of any kind taken back, in this chat or a later one ("换货不用了 颜色也能接受", "电话不改了 还用原来的",
/// "发票不要了", "补偿不要了 我还是退货吧", "不要补发了 直接退款吧"): the open record is found on the order named, the
/// order in focus, or the only order that has one; it is cancelled at once (the finance register no longer counts
/// it), the wish said instead is recorded with the problem the earlier record held, and the reply says what was taken
/// back and what stands. Nothing open to take back: left to the other answers.
/// </summary>
public sealed partial class DialogEngine
{
    private const string WithdrawArea = "withdraw";

    private async Task<DialogOutcome?> TakesBackRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        if (RecordWithdrawal.Read(context.Compact) is not { } reading)
        {
            return null;
        }

        if (await OpenRecordsAsync(context, reading.TakenBack, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return NothingToTakeBack(context, reading);
        }

        var (order, open) = found;
        // A remedy this chat recorded, or one changed for a sum or a part of the money ("补偿6就行", "退盖子的钱"), is
        // settled by the quality flow, which asks or records the amount; a record of any other kind is taken back here.
        if (open.All(r => r.Kind is CaseKind.Return or CaseKind.Exchange or CaseKind.Repair or CaseKind.Compensation or CaseKind.Reship)
            && (QualityReturnFlow.RecordedHere(context.State) == order.OrderNumber || context.Facts.Amounts.Count > 0
                || PartialRefund.IsAsked(context.Compact) || RecordWithdrawal.AsksPartOfTheMoney(context.Compact)))
        {
            return null;
        }

        var taken = open.OrderBy(r => reading.TakenBack.ToList().IndexOf(r.Kind)).First();
        // "电话不改了" after a new address with a new phone: the address stays, only the phone goes back.
        if (open is [var change] && await KeepsRestOfChangeAsync(context, order, change, reading, cancellationToken).ConfigureAwait(false) is { } partly)
        {
            return partly;
        }

        var note = reading.Instead is { } wanted ? $"买家改为{WishLabel(wanted)}，撤回{taken.Kind.Label()}" : $"买家不要{taken.Kind.Label()}了，撤回";
        foreach (var record in open)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, note, cancellationToken).ConfigureAwait(false);
        }

        var state = context.State;
        state.ClearClarification();
        state.EndFlow();
        state.LastOrderNumber = order.OrderNumber;
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.Reason] = taken.Kind == CaseKind.AddressChange && reading.Phone ? "改手机号" : taken.Kind.Label(),
            [TemplateSlots.Amount] = _services.Options.MaxBotCompensation.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (reading.Instead is { } instead && await RecordInsteadAsync(context, order, taken, instead, cancellationToken).ConfigureAwait(false) is { } insteadTemplate)
        {
            context.Say($"{WithdrawArea}.{insteadTemplate}", slots);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn);
        }

        // "发票不要了 地址也不改了": every record taken back is named.
        var kinds = open.Select(r => r.Kind).Distinct().ToList();
        if (kinds.Count > 1)
        {
            slots[TemplateSlots.Reason] = string.Join("和", kinds.Select(k => k == CaseKind.AddressChange && reading.Phone ? "改手机号" : k.Label()));
            context.Say($"{WithdrawArea}.several", slots);
            return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
        }

        var template = taken.Kind switch
        {
            CaseKind.AddressChange when reading.Phone && order.Phone is { Length: 11 } phone => Phone(slots, phone),
            CaseKind.AddressChange => "address",
            CaseKind.Exchange or CaseKind.Return or CaseKind.Repair => "remedy",
            CaseKind.Compensation => "compensation",
            CaseKind.InvoiceRequest => "invoice",
            CaseKind.HurryNote or CaseKind.UrgentNote => $"{PartWithdrawnArea}.hurry",
            CaseKind.LogisticsFollowUp => $"{PartWithdrawnArea}.trace",
            CaseKind.LostParcel when !reading.TakenBack.Contains(CaseKind.Reship) => $"{PartWithdrawnArea}.trace",
            CaseKind.Reship or CaseKind.LostParcel => "reship",
            _ => "other",
        };
        context.Say(template.Contains('.', StringComparison.Ordinal) ? template : $"{WithdrawArea}.{template}", slots);
        return Outcome(context, DialogOutcomeKind.Answered, taken.Kind == CaseKind.InvoiceRequest ? IntentIds.Invoice : IntentIds.Other);
    }

    /// <summary>
    /// "餐具换货不用了" with no such record open anywhere and nothing else said: nothing is done, never a problem menu.
    /// A return or an address change is left to the refund and address answers, which know more.
    /// </summary>
    private static DialogOutcome? NothingToTakeBack(FlowContext context, RecordWithdrawal.Reading reading)
    {
        // A line that also tells a problem or asks for money ("盘子碎了 不用补发 只退那个盘子的钱") asks something else.
        if (context.State.ActiveFlow is not null || context.State.ClarifyOptions.Count > 0 || reading.Instead is not null
            || context.Compact.Length > 12 || QualityProblems.NamesAProblem(context.Normalized)
            || RecordWithdrawal.AsksPartOfTheMoney(context.Compact) || PartialRefund.IsAsked(context.Compact)
            || reading.TakenBack[0] is not (CaseKind.Exchange or CaseKind.Compensation or CaseKind.Reship or CaseKind.InvoiceRequest))
        {
            return null;
        }

        context.Say($"{WithdrawArea}.nothing_open", new Dictionary<string, string?> { [TemplateSlots.Reason] = reading.TakenBack[0].Label() });
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.Other);
    }

    private static string Phone(Dictionary<string, string?> slots, string phone)
    {
        slots[TemplateSlots.Change] = MobileMask.Mask(phone);
        return "phone";
    }

    /// <summary>The wish said instead, recorded with the problem the withdrawn record held; the template that says so, or null when none fits.</summary>
    private static async Task<string?> RecordInsteadAsync(FlowContext context, Order order, CaseRecord taken, CaseKind instead, CancellationToken cancellationToken)
    {
        // The notes about the goods stay (a no-reason return stays one); what the buyer wanted done before goes.
        var problem = RecordedProblem.Of(taken.Description, keepNote: true);
        switch (instead)
        {
            case CaseKind.Return or CaseKind.Exchange when taken.Kind is CaseKind.Return or CaseKind.Exchange or CaseKind.Repair or CaseKind.Compensation or CaseKind.QualityReport:
                await context.Actions.OpenReturnCaseAsync(context.Turn, order.OrderNumber, instead == CaseKind.Exchange, problem ?? "买家改了售后方式", taken.PhotoUrls, cancellationToken).ConfigureAwait(false);
                return instead == CaseKind.Exchange ? "instead_exchange" : "instead_return";
            case CaseKind.Compensation when taken.Kind is CaseKind.Return or CaseKind.Exchange or CaseKind.Repair:
                var cap = context.Services.Options.MaxBotCompensation.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
                await context.Actions.RequestCompensationAsync(context.Turn, order.OrderNumber, 0m, $"{(problem is null ? string.Empty : problem + "；")}买家保留商品，接受小额补偿（不超过{cap}元，金额由同事核定）", cancellationToken).ConfigureAwait(false);
                return "instead_compensation";
            case CaseKind.RefundRequest or CaseKind.Return when taken.Kind == CaseKind.LostParcel:
                var lost = (taken.Description ?? "买家说没有收到包裹").Replace("买家希望补发", string.Empty, StringComparison.Ordinal).TrimEnd('；', ';');
                await context.Actions.ReportLostParcelAsync(context.Turn, order.OrderNumber, $"{lost}；买家不要补发，希望退款", cancellationToken).ConfigureAwait(false);
                return "instead_refund_lost";
            case CaseKind.RefundRequest when taken.Kind is CaseKind.Exchange or CaseKind.Repair or CaseKind.Compensation:
                await context.Actions.OpenReturnCaseAsync(context.Turn, order.OrderNumber, exchange: false, problem ?? "买家改了售后方式", taken.PhotoUrls, cancellationToken).ConfigureAwait(false);
                return "instead_return";
            default:
                return null;
        }
    }

    private static string WishLabel(CaseKind kind) => kind == CaseKind.RefundRequest ? "退款" : kind.Label();

    /// <summary>
    /// The order with open records of the kinds taken back: the one named, else the one in focus when it has one, else
    /// the only order that has one; with the records. Several and none in focus: null, so the other answers ask.
    /// </summary>
    private async Task<(Order Order, List<CaseRecord> Open)?> OpenRecordsAsync(FlowContext context, IReadOnlyList<CaseKind> kinds, CancellationToken cancellationToken)
    {
        var named = OrderResolver.Named(context);
        var candidates = named.Count > 0 ? named : _services.Orders.OrdersOf(context.Input.BuyerId);
        var found = new List<(Order Order, List<CaseRecord> Open)>();
        foreach (var order in candidates)
        {
            var records = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
            var open = records.Where(r => r.Status == CaseStatus.Open && kinds.Contains(r.Kind)).ToList();
            if (open.Count > 0)
            {
                found.Add((order, open));
            }
        }

        var focus = context.State.OrderNumber ?? context.State.LastOrderNumber;
        return found switch
        {
            [var only] => only,
            _ => found.Where(f => f.Order.OrderNumber == focus).Select(f => ((Order, List<CaseRecord>)?)f).FirstOrDefault(),
        };
    }
}

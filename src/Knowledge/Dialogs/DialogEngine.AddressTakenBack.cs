using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不用了 还是原来的吧", "算了 不改了" right after a change of the receiver's details was recorded in this chat, no part
/// named: the whole change is taken back (the open record withdrawn) and the buyer told the parcel goes to the order's
/// recipient, phone and address. A part named ("电话不改了") is taken back by <see cref="TakesBackRecordAsync"/>.
/// </summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome?> WithdrawsAddressChangeAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastFlow != IntentIds.ChangeAddress || context.Compact.Length > 14 || !WholeChangeTakenBack().IsMatch(context.Compact)
            || RecordWithdrawal.Read(context.Compact) is not null || AddressKeeps.Of(context.Compact) != (false, false, false)
            || context.Facts.Address is not null || context.Facts.PersonNames.Count > 0
            || state.LastOrderToldOf(IntentIds.ChangeAddress + ".") is not { } number
            || _services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return null;
        }

        var open = await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.AddressChange).ConfigureAwait(false);
        if (open.Count == 0)
        {
            return null;
        }

        foreach (var record in open)
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, record.Id, "买家不改了，撤回收货信息修改，按原订单发货", cancellationToken).ConfigureAwait(false);
        }

        state.ClearClarification();
        state.LastOrderNumber = number;
        context.Say("change_address.withdrawn", context.SlotsOf(order));
        return Outcome(context, DialogOutcomeKind.Answered, IntentIds.ChangeAddress);
    }

    /// <summary>"还是原来的吧", "算了 不改了": the change given up; never "没有就算了" (a condition on something else) nor a bare "不用了", which may answer a question asked after the record.</summary>
    [GeneratedRegex("还是(?:按|用|要|发|寄|送)?(?:原来|原样|之前)|(?:就|都)?按原来|(?<!没有就|不行就|的话|没有|不行)(?:不改了|不用改了|别改了|不换了)")]
    private static partial Regex WholeChangeTakenBack();
}

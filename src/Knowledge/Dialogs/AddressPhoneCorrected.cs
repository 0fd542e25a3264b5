using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不对 是15927736049" right after a new phone was recorded in this chat (before a person comes or while the buyer
/// waits for one): the number said replaces the recorded one, the change recorded again with everything else as it was
/// (the earlier one withdrawn) and the new number read back, never only "passed on" with the first number left standing.
/// A line that also gives an address is the flow's, which takes the whole address.
/// </summary>
internal static class AddressPhoneCorrected
{
    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Facts.Address is not { Mobile: { } mobile, City: null, Detail: null }
            || await AddressOnRecord.FindAsync(context, cancellationToken).ConfigureAwait(false) is not { Recorded.MobileChanged: true } onRecord
            || onRecord.Recorded.Mobile == mobile || mobile == onRecord.Order.Phone)
        {
            return false;
        }

        var description = onRecord.Description;
        var at = description.LastIndexOf(onRecord.Recorded.Mobile, StringComparison.Ordinal);
        var corrected = description[..at] + mobile + description[(at + onRecord.Recorded.Mobile.Length)..];
        await context.Actions.RequestAddressChangeAsync(context.Turn, onRecord.Order.OrderNumber, corrected, cancellationToken).ConfigureAwait(false);
        await context.Actions.WithdrawCaseAsync(context.Turn, onRecord.Change.Id, "买家更正了电话号码，以新申请为准", cancellationToken).ConfigureAwait(false);
        context.State.ClearClarification();
        context.Say("change_address.phone_corrected", new Dictionary<string, string?>(context.SlotsOf(onRecord.Order), StringComparer.Ordinal)
        {
            [TemplateSlots.NewAddress] = MobileMask.Mask(mobile, onRecord.Order.Phone, onRecord.Recorded.Mobile),
        });
        return true;
    }
}

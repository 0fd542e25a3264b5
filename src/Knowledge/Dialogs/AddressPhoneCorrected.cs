namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不对 是15927736049" while the buyer waits for a person, right after a new phone was recorded: the number said
/// replaces the recorded one, the change recorded again with everything else as it was (the earlier one withdrawn) and
/// read back, never only "passed on" with the first number left standing (outside the queue the flow puts it right).
/// A line that also gives an address is not this.
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
        await onRecord.RecordAgainAsync(context, corrected, onRecord.Recorded.Place, "买家更正了电话号码，以新申请为准", mobile, cancellationToken).ConfigureAwait(false);
        return true;
    }
}

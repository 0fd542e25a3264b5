using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// A phone change recorded in this conversation, then "地址不变 就改电话": the buyer says again what was recorded, so the
/// record is confirmed with its number, never asked for again. Numbers recorded here before (a typo corrected) are
/// kept beside it, so a number that differs only in the middle digits is shown so that the change is visible.
/// </summary>
public sealed partial class ChangeAddressFlow
{
    /// <summary>Where the mobile of the record a correction replaces is kept, so the new one is shown unlike it.</summary>
    private const string ReplacedMobileKey = "replaced_mobile";

    private static async Task<bool> MobileRecordedStandsAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var wanted = AddressKeeps.Wanted(context.Compact);
        if (context.Facts.Address is not null || context.Facts.PersonNames.Count > 0 || !wanted.Mobile || wanted.Name
            || AddressKeeps.ChangesAddress(context.Compact))
        {
            return false;
        }

        var here = (await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false))
            .Where(c => c.Kind == CaseKind.AddressChange && c.ConversationId == context.Input.ConversationId && c.Description is not null)
            .OrderByDescending(c => c.CreatedAt).ToList();
        if (here.FirstOrDefault(c => c.Status == CaseStatus.Open) is not { } open
            || RecordedMobile(context, open) is not { } mobile || mobile == order.Phone)
        {
            return false;
        }

        var earlier = here.Where(c => c.Status != CaseStatus.Open).Select(c => RecordedMobile(context, c)).OfType<string>().FirstOrDefault();
        context.Say("change_address.mobile_stands", new Dictionary<string, string?>(slots)
        {
            [Templates.TemplateSlots.NewAddress] = MobileMask.Mask(mobile, order.Phone, earlier),
        });
        context.Finish();
        return true;
    }

    /// <summary>The mobile a recorded address change names, read without the shop's own notes in brackets.</summary>
    private static string? RecordedMobile(FlowContext context, CaseRecord record) =>
        record.Description is { } description
            ? context.Services.Analyzer.Analyze(OurNotes().Replace(description, string.Empty), [], context.Services.Time.GetUtcNow()).Address?.Mobile
            : null;
}

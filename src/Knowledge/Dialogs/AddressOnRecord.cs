using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The change of address this chat recorded last, right after the change-of-address flow finished, and how a line that
/// mends it ("漏了 后面还有 3幢201室", "不对 是3号楼") records it again: the earlier request withdrawn, what now stands read back.
/// </summary>
/// <param name="Order">The order in focus.</param>
/// <param name="Change">The open change of address recorded last on it in this chat.</param>
/// <param name="Description">Its description.</param>
/// <param name="Recorded">Its recipient, mobile and address.</param>
internal sealed record AddressOnRecord(Order Order, CaseRecord Change, string Description, RecordedChange Recorded)
{
    /// <summary>The change of address just recorded on the order in focus, or null when the chat is elsewhere.</summary>
    public static async Task<AddressOnRecord?> FindAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastFlow != IntentIds.ChangeAddress || state.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || await OpenCases.LatestHereAsync(context, number, CaseKind.AddressChange, cancellationToken).ConfigureAwait(false) is not { Description: { } description } change
            || RecordedChange.Of(description, order) is not { } recorded)
        {
            return null;
        }

        return new AddressOnRecord(order, change, description, recorded);
    }

    /// <summary>Records <paramref name="description"/> in place of the change on record and reads <paramref name="place"/> back.</summary>
    public Task RecordAgainAsync(FlowContext context, string description, string place, string why, CancellationToken cancellationToken) =>
        RecordAgainAsync(context, description, place, why, mobile: null, cancellationToken);

    /// <summary>The same, reading <paramref name="mobile"/> back when the phone is what was put right.</summary>
    public async Task RecordAgainAsync(FlowContext context, string description, string place, string why, string? mobile, CancellationToken cancellationToken)
    {
        await context.Actions.RequestAddressChangeAsync(context.Turn, Order.OrderNumber, description, cancellationToken).ConfigureAwait(false);
        await context.Actions.WithdrawCaseAsync(context.Turn, Change.Id, why, cancellationToken).ConfigureAwait(false);
        context.State.ClearClarification();
        context.Say("change_address.corrected", new Dictionary<string, string?>(context.SlotsOf(Order), StringComparer.Ordinal)
        {
            [TemplateSlots.NewAddress] = $"{Recorded.Name} {(mobile is null ? MobileMask.Mask(Recorded.Mobile, Order.Phone) : MobileMask.Mask(mobile, Order.Phone, Recorded.Mobile))} {place}",
        });
    }
}

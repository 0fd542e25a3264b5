using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

internal static partial class ReceiptExtension
{
    /// <summary>The follow-up a colleague works from; found by it when the buyer asks again.</summary>
    private const string LostParcelNote = OpenCaseGuard.ReceiptExtensionNote + "（包裹疑似丢件正在核实，避免自动确认收货）";

    /// <summary>
    /// "都快三个礼拜了 会不会自动确认收货啊", "帮我延长下收货时间" about a parcel weeks on the road that is looked for as
    /// lost: the platform's ten days are long past, so no countdown is said; the extension is noted for a colleague at
    /// once (the worry is the request) and only once, and the buyer hears a confirmed loss costs them nothing. False with
    /// no lost-parcel case open: the track flow's lost-parcel path answers first.
    /// </summary>
    private static async Task<bool> TryLostAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        if (await OpenCases.FindAsync(context, order.OrderNumber, cancellationToken, CaseKind.LostParcel).ConfigureAwait(false) is null)
        {
            return false;
        }

        var noted = !await NoteForLostAsync(context, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        context.Say(noted ? "needs.receipt_extension_lost_noted" : "needs.receipt_extension_lost", slots);
        context.State.LastFlow = null;
        return true;
    }

    /// <summary>
    /// A parcel weeks on the road recorded as possibly lost: the receipt time is extended by a colleague at once, so the
    /// order does not confirm itself during the search. False when the extension is on the order already.
    /// </summary>
    public static async Task<bool> NoteForLostAsync(FlowContext context, string orderNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cases = await context.Actions.CasesOfOrderAsync(context.Turn, orderNumber, cancellationToken).ConfigureAwait(false);
        if (cases.Any(c => c.Status == CaseStatus.Open && c.Kind == CaseKind.LogisticsFollowUp && c.Description == LostParcelNote))
        {
            return false;
        }

        await context.Actions.FollowUpLogisticsAsync(context.Turn, orderNumber, LostParcelNote, cancellationToken).ConfigureAwait(false);
        return true;
    }
}

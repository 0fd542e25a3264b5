using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "电话 13812345678", a bare "13955556666", "不对不对 是13812346578 刚才打错了" right after this chat recorded a change of
/// recipient or address: the number belongs to that change, so the change flow amends the open record with it (the
/// rest carried over, the earlier record withdrawn), never a question whether she means an address change or a fallback.
/// </summary>
internal static class MobileAfterChange
{
    public static async Task<bool> AmendsRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || context.Facts.Address is not { Mobile: { } mobile, City: null }
            || state.LastOrderNumber is not { } number || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || order.Status != Orders.OrderStatus.AwaitingShipment)
        {
            return false;
        }

        // "电话还是原来的 13800001111": the order's own number keeps it, which the withdrawal of that part answers.
        if (mobile == order.Phone)
        {
            return false;
        }

        return (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.AddressChange).ConfigureAwait(false)).Count > 0;
    }
}

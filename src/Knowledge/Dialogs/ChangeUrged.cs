using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "麻烦快点改 别发到家里去了", "千万别寄到老地址 记得改" right after this chat recorded a new address on an unshipped
/// order: the buyer urges the change already made, so the record is confirmed (the warehouse ships to the new address,
/// a colleague gets in touch if anything is wrong), never read as a hurry on the shipment or a courier to choose.
/// </summary>
public static partial class ChangeUrged
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var text = context.Compact;
        if (state.ActiveFlow is not null || state.LastFlow != IntentIds.ChangeAddress || !Urges().IsMatch(text) || OtherWish().IsMatch(text)
            || context.Facts.Address is not null || context.Facts.PersonNames.Count > 0
            || state.LastOrderToldOf(IntentIds.ChangeAddress + ".") is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment } order
            || (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.AddressChange).ConfigureAwait(false)).Count == 0)
        {
            return false;
        }

        state.ClearClarification();
        state.LastOrderNumber = number;
        context.Say("change_address.recorded_stands", context.SlotsOf(order));
        return true;
    }

    // "快点改", "赶紧帮我改", "别发到家里", "千万不要寄去老地址", "记得改": the change urged, nothing new given ("改好了没"
    // asks where it stands, which the progress answer tells).
    [GeneratedRegex("(快|赶紧|赶快|尽快|抓紧|马上|立刻|早点)(点|些|一点)?(帮我|给我)?(改|弄|处理|操作|安排|搞)|(别|不要|千万别|可别|不能)(再)?(给我)?(发|寄|送)(到|去|回)?(我)?(家|原|老|之前|以前|旧)|记得(帮我)?改|别(发|寄)错")]
    private static partial Regex Urges();

    // A place to leave it, a delay or another change beside the urging is a wish of its own.
    [GeneratedRegex("驿站|快递柜|丰巢|门卫|前台|物业|放门口|先别发|晚点发|推迟|顺丰|京东|退款|不改了|不用改")]
    private static partial Regex OtherWish();
}

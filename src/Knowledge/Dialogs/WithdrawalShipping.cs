using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "撤了以后能正常给我发货吗" right after the buyer was told how to take a refund back: the order ships as usual once
/// the request is withdrawn (a parcel on its way goes on), said from the order's state, never "a refund is under way";
/// "这台灯到了要自己装吗 还是有师傅上门" in the same line is answered beside it (the shop's goods need no one to install them).
/// </summary>
public static partial class WithdrawalShipping
{
    private const string Area = "refund_withdrawal.";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || !ShipsAsked().IsMatch(context.Compact)
            || state.LastOrderToldOf(Area) is not { } number
            || !state.SaidTemplates.Skip(Math.Max(0, state.SaidTemplates.Count - RecentReplies)).Any(k => k.StartsWith(Area, StringComparison.Ordinal))
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.AwaitingShipment or OrderStatus.Shipped } order)
        {
            return false;
        }

        state.ClearClarification();
        var slots = context.SlotsOf(order);
        context.Say(order.Status == OrderStatus.Shipped ? Area + "ships_after_shipped" : Area + "ships_after", slots);
        if (InstallationAsked().IsMatch(context.Compact))
        {
            context.Say(Area + "no_installation_beside", slots);
        }

        return true;
    }

    /// <summary>How many replies back the withdrawal's answer may lie for the question still to be about it.</summary>
    private const int RecentReplies = 3;

    // "撤了以后能正常发货吗", "撤销后会给我发吗", "撤了就照常发是吧": whether the order ships once the refund is withdrawn;
    // "撤了会不会要等很久才发", "撤回后多久能寄": "撤了" tells what the buyer did, the question is when it ships.
    [GeneratedRegex("(?:撤|撤销|撤回|取消)[^,，。;；!！?？]{0,6}(?:发货|发出|发吗|发不|寄出|寄吗|照常|正常)|(?:正常|照常|还会|还能|会不会|能不能)[^,，。;；!！?？]{0,4}(?:发货|发出|给我发|寄出)" +
        "|(?:等很久|等好久|等多久|要等|多久|几天|什么时候|啥时候|哪天)[^,，。;；!！?？]{0,3}(?:才|能|会|可以|再)?(?:发|寄|出库)")]
    private static partial Regex ShipsAsked();

    // "要自己装吗", "有师傅上门吗", "需要安装吗", "要组装吗".
    [GeneratedRegex("自己装|要装吗|用装吗|安装|组装|师傅|上门装")]
    private static partial Regex InstallationAsked();
}

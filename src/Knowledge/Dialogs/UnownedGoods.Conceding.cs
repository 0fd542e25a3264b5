using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Letting goods no order holds go: "可能是在别家买的 算了", "可能是我用另一个号拍的 sorry 那算了" after the item was told
/// of; said kindly once, pointing to the other shop or to the other account, never checked a third time.
/// </summary>
public static partial class UnownedGoods
{
    /// <summary>Longer lines carry a need of their own beside letting the item go.</summary>
    private const int MaxConcedingLength = 25;

    /// <summary>
    /// "查不到？那可能是在别家买的 算了不好意思" after the item was told of: the buyer lets it go; said kindly once, the
    /// flow that waited for its order ended, never checked a third time.
    /// </summary>
    private static bool LetsGo(FlowContext context)
    {
        var state = context.State;
        if (state.UnownedItem is not { } told || context.Compact.Length > MaxConcedingLength || !Concedes().IsMatch(context.Compact)
            || NamesOwnedGoods(context))
        {
            return false;
        }

        state.EndFlow();
        state.ClearClarification();
        state.UnownedItem = null;
        context.Say(OnOtherAccount().IsMatch(context.Compact) ? "orders.unowned_conceded_account" : "orders.unowned_conceded", Slots(told, []));
        return true;
    }

    // "可能是在别家买的", "记错了", "搞错了 不好意思", "打扰了", "可能是我用小号拍的 那算了": the buyer lets the item go.
    [GeneratedRegex("别家|别的店|其他店|其他家|别处|别的平台|京东|拼多多|记错|搞错|弄错|认错|不好意思|打扰了|sorry|(那|就)算了(吧|哈)?$")]
    private static partial Regex Concedes();

    // "可能是我用另一个号拍的", "用小号买的", "别的账号下的单": the goods were bought on another account of the buyer's.
    [GeneratedRegex("小号(拍|买|下|订)|另一个(淘宝)?(号|账号|帐号)|别的(淘宝)?(号|账号|帐号)|其他(淘宝)?(号|账号|帐号)|另外(一个)?(淘宝)?(号|账号|帐号)")]
    private static partial Regex OnOtherAccount();
}

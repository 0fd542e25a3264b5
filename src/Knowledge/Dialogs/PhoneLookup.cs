using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "你用我手机号13900002222查一下", "我把他手机号给你 13408886666": an order to be looked up by a phone number. The bot
/// only sees the asking account's orders and never searches by a phone, so it says why (each buyer's information is
/// protected) and where the order can be seen, never a menu of needs. The item told of stays in mind, so "那可能是在别家
/// 买的" next is still let go kindly. A phone given for an address is no look-up.
/// </summary>
public static partial class PhoneLookup
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (context.State.ActiveFlow == IntentIds.ChangeAddress || ForAddress().IsMatch(compact)
            || !PhoneGiven().IsMatch(compact) || !LookUp().IsMatch(compact))
        {
            return false;
        }

        context.State.ClearClarification();
        context.State.EndFlow();
        context.Say("listen_open.phone_lookup_declined");
        return true;
    }

    [GeneratedRegex("(手机|电话)(号码|号)?.{0,4}1[3-9][0-9]{9}")]
    private static partial Regex PhoneGiven();

    [GeneratedRegex("查|找|搜|给你|发你|报给你")]
    private static partial Regex LookUp();

    [GeneratedRegex("收件人|收货人|地址|寄到|改成|换成|改为")]
    private static partial Regex ForAddress();
}

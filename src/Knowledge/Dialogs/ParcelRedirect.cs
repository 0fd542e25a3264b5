using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "能不能幫我改寄到新家 浦東新區…", "发了的话能转寄到我公司吗", "帮我跟快递说改送到新地址": the parcel is to go to another
/// place. That is a change of address (once shipped, a redirect the courier makes and a person arranges), never a chase
/// of the courier's delivery nor an invoice for the 公司 it names, however politely or unsurely it is put.
/// </summary>
public static partial class ParcelRedirect
{
    public static bool IsAsked(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cues = context.Facts.Cues;
        if (cues.Negated.Contains(BuyerAction.ChangeAddress))
        {
            return false;
        }

        // A change of address said with a request to act ("帮我改寄到…") would otherwise be taken for the last flow again.
        return RedirectWords().IsMatch(context.Compact)
            || (cues.Asserted.Contains(BuyerAction.ChangeAddress) && FollowUpRequests.AsksToAct(context.Normalized));
    }

    [GeneratedRegex("(?<!不|别|没|不用|不要|无需|不想)(?:改寄|转寄|改派|转派|改送|转送)(?!回|了没|好了)|(?<!不|别|没)(?:寄|送|发|派)(?:到|去|往)(?:我的?)?新(?:的)?(?:家|地址|住处|住址|房子|公司|单位)")]
    private static partial Regex RedirectWords();
}

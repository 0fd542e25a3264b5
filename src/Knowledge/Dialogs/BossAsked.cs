using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "你们老板在吗", "掌柜在不在", "老板呢" on its own: the buyer wants someone of the shop, not a menu of topics. They are told
/// who answers (the shop's assistant, with colleagues behind it who reply here) and asked what it is about, so the need
/// that follows goes to the right place; never "这句我没理解".
/// </summary>
public static partial class BossAsked
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.State.ActiveFlow is not null || !Asked().IsMatch(CompactText.Of(context.Normalized)))
        {
            return false;
        }

        context.State.ClearClarification();
        context.Say("listen_open.boss_asked");
        return true;
    }

    [GeneratedRegex("^(请问|你好|您好|在吗|亲)?(你们|你家|店里|贵店)?(的)?(老板|老板娘|掌柜|店主|店长)(在吗|在不在|在么|在嘛|在没|呢|在家吗|在线吗|有空吗)[?？!！。~～]*$")]
    private static partial Regex Asked();
}

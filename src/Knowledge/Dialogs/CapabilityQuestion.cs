using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "那你能干嘛", "你会什么", "你能帮我做什么": the buyer asks what the bot can do, which one short line answers; it is no
/// request to clarify and no question the policies answer.
/// </summary>
internal static partial class CapabilityQuestion
{
    public static bool IsAsked(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var compact = CompactText.Of(normalizedText);
        return compact.Length <= 16 && Asked().IsMatch(compact);
    }

    [GeneratedRegex("^(?:那|那么|所以|哦|嗯|额|呃)?(?:你|您|机器人|客服)(?:到底|究竟|都|还)?(?:能|会|可以)(?:帮我|帮忙|给我)?(?:干|做|办|处理|干点|做点|弄)?(?:啥|什么|嘛|哪些|些什么|什么事|啥事|点啥)(?:事|事情|呢|啊|呀|吗|\\?)*$|^(?:那|哦)?(?:你|您)(?:有|是)(?:什么|啥)用(?:呢|啊|吗|\\?)*$|^(?:你|您)(?:能|会|可以)干(?:嘛|啥|什么)")]
    private static partial Regex Asked();
}

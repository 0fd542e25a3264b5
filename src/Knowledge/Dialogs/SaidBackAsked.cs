using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不收税点吧" right after "开票免费，不收税点": a short question that only asks back what the last answer said is
/// confirmed in a few words, never taken for a new need the bot is unsure of (and so never a person fetched for it).
/// "其他都对的 姑苏区平江路6号枕河小院2楼" right after that address was read back says it is right, and is confirmed the same way.
/// </summary>
public static partial class SaidBackAsked
{
    private const int MaxLength = 14;
    private const int ShortestCore = 3;
    private const int MaxAffirmedLength = 32;
    private const int ShortestAffirmedCore = 6;

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        return compact.Length <= MaxLength && AsksBack().IsMatch(compact)
            && Confirms(context, Lead().Replace(AsksBack().Replace(compact, string.Empty), string.Empty), ShortestCore);
    }

    /// <summary>"其他都对的 姑苏区平江路6号…", "没错 江苏省苏州市…": the buyer says what the last answer read back is right.</summary>
    public static bool TryAffirmed(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        return compact.Length <= MaxAffirmedLength && Affirmed().Match(compact) is { Success: true } affirmed
            && Confirms(context, compact[affirmed.Length..], ShortestAffirmedCore);
    }

    /// <summary>Confirmed when no flow waits and one of the last replies holds <paramref name="core"/> as it is.</summary>
    private static bool Confirms(FlowContext context, string core, int shortest)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || core.Length < shortest
            || !state.LastReplies.Any(r => CompactText.Of(r).Contains(core, StringComparison.Ordinal)))
        {
            return false;
        }

        state.ClearClarification();
        context.Say("listen_followups.said_back_confirmed");
        return true;
    }

    // "其他都对的", "都对", "对的", "没错", "没问题 就是" before what is said to be right.
    [GeneratedRegex("^(?:其他|其它|别的|剩下的)?(?:都|也)?(?:对的|对了|没错|没问题|正确|对)(?:的|了)?(?:就是|是)?")]
    private static partial Regex Affirmed();

    // "…吧", "…对吧", "…是吧", "…吗", "…对不对", "…是不是", with the buyer's closing marks.
    [GeneratedRegex("(?:对吧|是吧|吧|吗|嘛|么|对不对|是不是|对吗|是吗|没错吧)[?？~～!！。.]*$")]
    private static partial Regex AsksBack();

    // "那", "所以", "也就是说", "就是说" before what is asked back.
    [GeneratedRegex("^(?:那就是|那也就是|也就是说|就是说|所以说|所以|那|就是|意思是)")]
    private static partial Regex Lead();
}

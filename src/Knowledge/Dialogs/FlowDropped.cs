using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不用了", "地址不用改了", "还是原来的地址", "发票先不开了" while a flow waits for an answer: the buyer lets the
/// matter go or says nothing changes, so the flow stops without recording anything instead of asking again. A message
/// that still gives the flow something ("电话不用改，地址改成…", "人和电话不变") is an answer, never a drop.
/// </summary>
internal static partial class FlowDropped
{
    public static bool Drops(string activeIntent, FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = Compact(context.Normalized);
        if (compact.Length == 0 || compact.Length > 16)
        {
            return false;
        }

        // Asked whether the recipient and phone change, "不用了" keeps them: that is the flow's own answer.
        return activeIntent switch
        {
            // "算了 还是寄家里吧 不改了" gives the change up whatever was asked, the contact too.
            // "地址不改了 还是原来的 就改电话": the address is kept, the contact still changes, so the flow goes on.
            IntentIds.ChangeAddress when AddressKeeps.Wanted(compact) is (true, _) or (_, true) => false,
            IntentIds.ChangeAddress => (context.Facts.Address is null
                    && ((LetGo().IsMatch(compact) && context.State.Step != DialogSteps.AskContact) || AddressUnchanged().IsMatch(compact)
                        || (TakeBack().IsMatch(compact) && GivesUpChange().IsMatch(compact))))
                // "地址不改了 还是寄原来的地址": the address itself is kept, whatever place words the line holds.
                || RecordWithdrawal.Read(compact) is { Phone: false, Instead: null } kept && kept.TakenBack.Contains(Cases.CaseKind.AddressChange),
            IntentIds.Invoice => context.Facts.Invoice is null && (LetGo().IsMatch(compact) || InvoiceDropped().IsMatch(compact)),
            // "算了 不用修了" while photos are asked for: nothing recorded yet, so nothing is; a bare "算了" is no answer.
            IntentIds.QualityReturn => context.State.Step == DialogSteps.AskPhoto && LetGo().IsMatch(compact) && TakeBack().IsMatch(compact),
            _ => false,
        };
    }

    /// <summary>"不用了", "不用改", "不变": a plain no, which answers "收件人和电话要改吗".</summary>
    public static bool SaysNo(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var compact = Compact(normalizedText);
        return LetGo().IsMatch(compact) || PlainNo().IsMatch(compact);
    }

    /// <summary>"算了不用了", "没事了" with no flow waiting: the buyer lets the conversation's matter go.</summary>
    public static bool LetsGo(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var compact = Compact(normalizedText);
        return compact.Length is > 0 and <= 16 && LetGo().IsMatch(compact);
    }

    /// <summary>"不用了", "不要了", "没事了 不用弄了": a let-go that takes back what was asked, unlike a bare "算了" said in resignation.</summary>
    public static bool TakesBack(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return LetsGo(normalizedText) && TakeBack().IsMatch(Compact(normalizedText));
    }

    private static string Compact(string normalizedText) =>
        Fillers().Replace(CompactText.Of(normalizedText), string.Empty);

    [GeneratedRegex("不用|不要|不需要|不弄|不办|不改|不换|不开|不查|不催|不修|别")]
    private static partial Regex TakeBack();

    [GeneratedRegex("^(?:都)?(?:不用|不要|不需要|不|没|别)(?:改|换|变|动)?(?:了|啦)?$")]
    private static partial Regex PlainNo();

    [GeneratedRegex("^(?:那|哦|噢|嗯|唉|哎|额|呃|啊|好吧|好的|行|ok)+|[。.!！~～,，]+|(?:吧|啦|呀|哈|哦|呢|了吧)$")]
    private static partial Regex Fillers();

    /// <summary>The let-go, after what settled the matter ("找到了", "快递到了", "已经收到了") when the buyer says it.</summary>
    [GeneratedRegex("^(?:(?:已经)?(?:找到了|到了|收到了|拿到了|修好了|好了)|(?:快递|包裹|东西|货)(?:已经)?(?:到了|收到了|找到了))?(?:还是|就|先|暂时|那就)?(?:不用(?:再)?(?:查|催|修|找)了|(?:不|别)(?:查|催|修|弄)了|先别(?:查|催|修|弄|管)了|算了|不用了|不要了|不需要了|不弄了|不办了|没事了|不用麻烦了|不用管了|不改了|不换了|不开了|先不了|不用改了|不用弄了|(?:晚点|晚些|回头|改天|以后|过两天|过几天|有空|等等|下次)再说|(?:我)?自己(?:再|先)?(?:研究|琢磨|摸索|试试|弄弄|看看|试一下|看一下)+)+(?:谢谢|吧|了)?$")]
    private static partial Regex LetGo();

    [GeneratedRegex("^(?:收货)?地址(?:就|也|先|还是|暂时)?(?:不用|不要|不需要|不必|没必要|别|不)(?:改|换|变|动)(?:了|啦)?(?:谢谢)?$|^(?:还是|就)?(?:用|按|发)?原(?:来的?)?(?:收货)?地址(?:就行|就好|不变|发|吧|没问题)?$|^(?:收货)?地址(?:没变|不变|没问题|是对的|对的|没错)(?:的|了)?$")]
    private static partial Regex AddressUnchanged();

    [GeneratedRegex("算了|还是(?:寄|发|送)(?:回|到)?(?:家|家里|我家|原来|原地址|老地址)|还是(?:用|按)?原来的?地址")]
    private static partial Regex GivesUpChange();

    [GeneratedRegex("^(?:发票|票)(?:就|也|先|暂时)?(?:不用|不要|不需要|不必|别|不)(?:开)?(?:了|啦)?$")]
    private static partial Regex InvoiceDropped();
}

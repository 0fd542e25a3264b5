using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// How a line is framed, read once for every detector that answers a question: what already happened ("顺丰今天送到的",
/// "放门口就走了", "签收了", "都找过了", "撤了"), a plan of the buyer's own ("我现在去付款", "我去看看"), or a request to look
/// at an order ("餐具那单也帮我看下"). A detector keyed on one word answers only a line framed as its question: a report
/// goes to what is reported, a plan is seen off briefly, a request to look is answered with the order's state.
/// </summary>
internal static partial class LineFrame
{
    /// <summary>
    /// The text with every span that tells a delivery as done ("今天送到的", "已经签收了", "放门口就走了", "都找过了")
    /// taken out, so what is left is only what the line may still ask ("刚收到 另一个什么时候到" still asks).
    /// </summary>
    public static string WithoutDelivered(string compact) => Delivered().Replace(compact ?? string.Empty, "，");

    /// <summary>True when the line tells that the parcel was delivered, signed for or searched for, as done.</summary>
    public static bool TellsDelivered(string compact) => Delivered().IsMatch(compact ?? string.Empty);

    /// <summary>
    /// "我现在去付款", "那我这就去拍", "好 我去看看", "等下去撤": the buyer says what they will go and do, asking nothing;
    /// "我现在去付款可以吗" still asks.
    /// </summary>
    public static bool IsPlan(string compact) =>
        Plan().IsMatch(compact ?? string.Empty) && !AsksBack().IsMatch(compact ?? string.Empty);

    /// <summary>
    /// "餐具那单也帮我看下", "那个台灯的也查一下", "另一单呢 帮忙瞅瞅": a request to look at an order, which its state answers
    /// like "到哪了", never a guess at a refund or a cancellation.
    /// </summary>
    public static bool AsksToLook(string compact) =>
        LookAt().IsMatch(compact ?? string.Empty) && !OtherNeed().IsMatch(compact ?? string.Empty);

    /// <summary>"门口 快递柜 驿站都找过了", "门卫那里也问过了", "翻遍了": the buyer already looked for the parcel.</summary>
    public static bool TellsSearched(string compact) => Searched().IsMatch(compact ?? string.Empty);

    // A delivery told as done: the verb closed by 了 or 的 ("送到的餐具", "今天到的", "签收了"), or a search already made
    // ("都找过了"); never when a question particle or a supposition follows ("到了吗", "签收了没", "到了的话") or the
    // arrival is only near ("快到了").
    private const string SearchMade = "(?:找|翻|问|看)(?:过|遍)了?|都(?:找|翻|问)了";

    [GeneratedRegex("(?:已经|早就|都|刚刚?|今天|今早|昨天|前天|上午|下午|晚上)?(?:就)?(?:(?<![没未不快要])(?:送到|送来|送过来|到货|到手|收到|拿到|签收|到)(?:过)?(?:了|的)|" + SearchMade + "|(?:放|扔|丢)[^，,。]{0,4}就走了)(?![吗么嘛没不呢?？]|话)")]
    private static partial Regex Delivered();

    [GeneratedRegex(SearchMade + "|跑(?:过|遍)了?")]
    private static partial Regex Searched();

    [GeneratedRegex("^(?:好的?|行|嗯+|ok|那|那好|好吧)?(?:那)?我?(?:现在|马上|这就|这会儿|等下|等会儿?|待会儿?|一会儿?|先|晚点|回头)(?:就)?(?:去|来)(?:付款?|支付|拍|下单|看看?|查查?|找找?|撤销?|申请|问问?|拿|取|弄)[^，,。]{0,6}$|^(?:好的?|行|嗯+|那|那好|好吧)?(?:那)?我(?:就)?去(?:付款?|支付|拍|下单|看看|查查|找找|撤销?|申请|问问)[^，,。]{0,4}$")]
    private static partial Regex Plan();

    [GeneratedRegex("[吗么嘛呢?？]$|可以不|行不行|好不好|能不能|可不可以|对吧|是吧")]
    private static partial Regex AsksBack();

    [GeneratedRegex("(?:那单|那个|的|这单|那件|单)[^，,。]{0,3}(?:也|再|顺便|一起)(?:帮我|帮忙|给我|麻烦)?(?:看|查|瞅|瞧)(?:一)?(?:下|看|查|瞅|瞧)(?:呗|吧|呢|哈|啊)?$|^(?:另一单|另外一单|另一个|还有一单)[^，,。]{0,6}(?:也)?(?:帮我|帮忙|给我)?(?:看|查)(?:一)?(?:下|看)")]
    private static partial Regex LookAt();

    [GeneratedRegex("退|换|取消|撤|发票|改|坏|破|碎|少|漏|差价|优惠|赔|投诉")]
    private static partial Regex OtherNeed();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Sorts a buyer's reason for cancelling into the few kinds a retention offer can answer, and reads whether, after
/// the offer, they keep the order.
/// </summary>
public static partial class RefundReasons
{
    public const string WrongItem = "wrong_item";
    public const string SlowShipping = "slow_shipping";
    public const string Price = "price";
    public const string ChangedMind = "changed_mind";
    public const string BoughtElsewhere = "bought_elsewhere";

    /// <summary>"手滑付错单了", "不小心付款了": an order paid by mistake, which no offer answers.</summary>
    public const string PaidByMistake = "paid_by_mistake";

    /// <summary>
    /// The kind of reason a message gives, from its reason category (<see cref="MessageFacts.Reason"/>, read by
    /// <see cref="ReasonCategories"/>), or null when it gives none a retention offer answers. Before shipment a wrong
    /// colour or size is one chosen wrongly.
    /// </summary>
    public static string? Of(string? category) => category switch
    {
        WrongItem or ReasonCategories.WrongItemSent => WrongItem,
        SlowShipping or Price or ChangedMind or BoughtElsewhere or PaidByMistake => category,
        _ => null,
    };

    /// <summary>The reason as the case records it and the buyer reads it back: a category in Chinese, never their sentence.</summary>
    public static string Label(string? kind) => kind switch
    {
        WrongItem => "拍错或规格不对",
        SlowShipping => "发货太慢",
        Price => "价格原因",
        ChangedMind => "不想要了",
        BoughtElsewhere => "已在别处购买",
        PaidByMistake => "误付款",
        _ => "其他原因",
    };

    /// <summary>After the retention offer: true when the buyer keeps the order ("不退了", "那我再等等").</summary>
    public static bool KeepsOrder(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText);
        return KeepWords().IsMatch(compact) && !StillRefundWords().IsMatch(compact);
    }

    /// <summary>
    /// "退款吧", "直接退", "别挽留了", "不要优惠券 就退款": the buyer has decided, so no retention offer is made; a refusal,
    /// a question or a condition is no decision.
    /// </summary>
    public static bool Decided(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText);
        return DecidedWords().IsMatch(compact) && !KeepWords().IsMatch(DecidedWords().Replace(compact, string.Empty));
    }

    /// <summary>
    /// "餐具那单不要了 退款", "不想要了 给我退钱": the goods let go and the money asked for in one line. Past the shop's
    /// shipping promise nothing is talked down, so this is no line to confirm again.
    /// </summary>
    public static bool DropsAndAsksMoney(string normalizedText) => DropsAndAsks().IsMatch(CompactText.Of(normalizedText));

    [GeneratedRegex("(?<![还])(?:不|不想)(?:要|买)了(?:[吧啊，,。]*)(?:给我|帮我|直接|就)?(?:退款|退钱|取消订单|取消|退了)")]
    private static partial Regex DropsAndAsks();

    [GeneratedRegex("(?<![不别没])(?:直接(?:给我)?(?:退|取消)|就(?:给我)?(?:退|取消)|(?:退款|退了|退|取消|撤单)吧|确定(?:要)?(?:退|取消)|坚决|马上(?:给我)?(?:退|取消)|赶紧(?:给我)?(?:退|取消)|必须退|一定要退|只要退款|只退款|退款就行|退钱就行|(?:别|不用|不要|无需)(?:再)?(?:挽留|劝|推荐|留我|优惠|给我优惠|送券|优惠券)|不等了|等不了|别废话)")]
    private static partial Regex DecidedWords();

    [GeneratedRegex("不退|别退|不取消|先不|再等|等等吧|继续发|留着|那就发|照常发|可以等|我等|改成|帮我改|换成")]
    private static partial Regex KeepWords();

    [GeneratedRegex("还是要退|还是退|要退款|退款吧|退吧|取消吧|确定退|确认退|还是取消|不要了")]
    private static partial Regex StillRefundWords();
}

using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

public sealed partial class DelayShipmentFlow
{
    /// <summary>
    /// "下周发工资再付 先帮我留着", "能先别关吗 过几天再付款" on an order still unpaid: it is the payment that waits, not the
    /// parcel, and an unpaid order cannot be held, so the buyer hears when it closes by itself and that a new order later
    /// is at the page price of that day; a wish about when to ship after paying keeps the order-message answer.
    /// </summary>
    private static string UnpaidTemplate(FlowContext context) =>
        PaysLater(context.Compact) ? UnpaidNotHeld : "delay_shipment.awaiting_payment";

    /// <summary>An unpaid order cannot be held: when it closes by itself, and a new order later at that day's price.</summary>
    public const string UnpaidNotHeld = "delay_shipment.unpaid_not_held";

    /// <summary>"发工资再付", "先帮我留着", "能先别关吗": the payment is what waits (compact text).</summary>
    public static bool PaysLater(string compactText) => PayLaterWords().IsMatch(compactText ?? string.Empty);

    /// <summary>
    /// "先帮我留着", "能不能先别关": keeping the unpaid order is asked for, not only "会不会被取消" worried about, which
    /// hears that the shop never closes it (compact text).
    /// </summary>
    public static bool AsksToKeep(string compactText) => KeepWords().IsMatch(compactText ?? string.Empty);

    [GeneratedRegex("留(着|著|几天|两天|一下|到|住)|保留|(先|能不能|可以|可不可以)?(别|不要)关")]
    private static partial Regex KeepWords();

    [GeneratedRegex("(再|才|后|晚点|晚些|回头)(付|买)|留(着|几天|两天|一下|到|个|住)|保留|(别|不要|先别|不会)(给我)?(关|取消)|(先|暂时)不付|没钱付|钱不够")]
    private static partial Regex PayLaterWords();
}

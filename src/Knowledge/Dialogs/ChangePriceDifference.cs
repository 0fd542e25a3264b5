using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "换130的要补差价吗", "有差价的话多少我补": the buyer paying a difference for another size, colour or spec of an order
/// changed before it ships. That is not price protection (the platform paying back a drop). The order export holds no
/// price per size, so the buyer hears that the product page's price for the new spec decides it and the colleague who
/// makes the change confirms any difference; the change stays as recorded.
/// </summary>
internal static partial class ChangePriceDifference
{
    public const string Template = "order_change.price_difference";

    public static bool IsAsked(string compact) => PaysDifference().IsMatch(compact) && !PriceDrop().IsMatch(compact);

    [GeneratedRegex("补差价|补差|差价.{0,4}(多少|我补|我来补|补)|我来?补|加钱|补钱|补多少|(价格|价钱|价)(一样|相同|有区别|有差|差多少|不一样)|一个价|贵不贵|贵多少|多付|(补|加)(点|些|一点|一些)?(运费|邮费|快递费)")]
    private static partial Regex PaysDifference();

    [GeneratedRegex("降价|降了|便宜了|买贵|买亏|价保|保价|退.{0,3}差价")]
    private static partial Regex PriceDrop();
}

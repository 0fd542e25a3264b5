using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "我拍了两个托特包 怎么只到了一个" about an order of one piece, "我拍的4件 包裹里只有3件" or "T恤3件只收到2件" about
/// an order of as many as came: the count came as ordered, so the order's count is told kindly and the buyer asked to
/// check it (another order, another account), never a reship or a refund recorded from the claim; said again, or the
/// missing piece asked for once more, the count is told in other words and a colleague offered to check the packing.
/// </summary>
public static partial class CountAsOrdered
{
    private const string OnePiece = "quality_return.one_piece_ordered";
    private const string Several = "quality_return.fewer_ordered";
    private const string DefaultUnit = "件";

    public static bool TryTell(FlowContext context, Order order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        var template = order.Quantity == 1 ? OnePiece : Several;
        var said = Claimed(context.Compact);
        var claimed = Count(said);
        var missing = Count(SomeMissing().Match(context.Compact));
        var came = Count(OnlySomeCame().Match(context.Compact)) is var only and > 0 ? only : claimed > missing && missing > 0 ? claimed - missing : 0;
        var toldBefore = context.Told(template, order.OrderNumber) || context.Told(template + "_again", order.OrderNumber);
        var claimsMore = claimed > order.Quantity && (came == order.Quantity || (order.Quantity == 1 && QualityProblems.ShortShipped(context.Normalized)));
        var saysShortAgain = QualityProblems.ShortShipped(context.Normalized) || MissingOneAsked().IsMatch(context.Compact) || came == order.Quantity;
        if (order.Quantity < 1 || !(claimsMore || (toldBefore && saysShortAgain)))
        {
            return false;
        }

        var unit = said.Groups["unit"] is { Success: true } named ? named.Value : DefaultUnit;
        var slots = new Dictionary<string, string?>(context.SlotsOf(order)) { [Templates.TemplateSlots.Change] = $"{order.Quantity}{unit}" };
        context.Say(toldBefore ? template + "_again" : template, slots);
        context.Finish();
        return true;
    }

    /// <summary>
    /// "退钱吧", "那少的那件补给我" right after the order's count was told: no piece is missing from it, so no refund or
    /// reship is recorded from the claim; the count is told again in other words and a colleague offered to check.
    /// </summary>
    public static bool TryAgain(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var last = context.State.SaidTemplates.LastOrDefault() ?? string.Empty;
        var told = last.Split('|');
        if (context.State.ActiveFlow is not null || told.Length != 2 || !(told[0].StartsWith(OnePiece, StringComparison.Ordinal) || told[0].StartsWith(Several, StringComparison.Ordinal))
            || !(RemedyAsked().IsMatch(context.Compact) || MissingOneAsked().IsMatch(context.Compact))
            || context.Services.Orders.Find(context.Input.BuyerId, told[1]) is not { } order)
        {
            return false;
        }

        var template = (order.Quantity == 1 ? OnePiece : Several) + "_again";
        context.State.ClearClarification();
        context.Say(template, new Dictionary<string, string?>(context.SlotsOf(order)) { [Templates.TemplateSlots.Change] = $"{order.Quantity}{DefaultUnit}" });
        return true;
    }

    /// <summary>"拍了两个", or "T恤3件只收到2件" where the count before what came is the count the buyer ordered.</summary>
    private static Match Claimed(string compact) =>
        SeveralClaimed().Match(compact) is { Success: true } bought ? bought : ClaimedBeforeCame().Match(compact);

    private static int Count(Match match) => !match.Success ? 0
        : int.TryParse(match.Groups["n"].Value, out var digits) ? digits
        : "一两二俩三四五六七八九".IndexOf(match.Groups["n"].Value[0], StringComparison.Ordinal) switch
        {
            < 0 => 0,
            0 => 1,
            < 4 => 2,
            var at => at - 1,
        };

    // "拍了两个", "订单里写的两个", "买的是3件", "我拍的4件": the count the buyer says was ordered.
    [GeneratedRegex("(?:拍|买|订|下单|下了|写的|写着|写了)(?:了|的是|的)?(?<n>两|二|俩|三|四|五|六|七|八|九|[2-9])(?<unit>个|件|只|条|套|双|份|盒)?")]
    private static partial Regex SeveralClaimed();

    // "T恤3件只收到2件", "保温杯三个就来了两个": a count said right before a smaller one that came, in the same measure
    // word; never a count of the goods themselves ("16件的餐具只有15件", "五双装才四双", "四件套只有三件").
    [GeneratedRegex("(?<![0-9])(?<n>两|二|俩|三|四|五|六|七|八|九|[2-9])(?<unit>个|件|只|条|套|双|份|盒)(?!装|套|的)[,，]?(?:只|就|才)(?:收到|到|来|有|发)?了?(?:一|两|二|俩|三|四|五|六|七|八|[1-8])\\k<unit>")]
    private static partial Regex ClaimedBeforeCame();

    // "少了1件", "缺了一个", "漏发两件": the count the buyer says is missing.
    [GeneratedRegex("(?:少|缺|漏)(?:发|寄|给)?了?(?<n>一|两|二|俩|三|四|五|六|七|八|[1-8])(?:个|件|只|条|套|双|份|盒)")]
    private static partial Regex SomeMissing();

    // "退钱吧", "给我退款", "那就退了吧": the money asked back for the piece taken as missing.
    [GeneratedRegex("退钱|退款|退了吧|退吧|把钱退|钱退")]
    private static partial Regex RemedyAsked();

    // "少的那件赶紧补发", "缺的那个呢", "补发给我": the piece the buyer still takes as missing.
    [GeneratedRegex("(?:少|缺)(?:了|发)?的那|补发|补寄|补给我|补一(?:个|件|只|条)")]
    private static partial Regex MissingOneAsked();

    // "怎么只到了一个", "就来了一件", "包裹里只有3件", "才收到两个", "就三件": the count that came.
    [GeneratedRegex("(?:只|就|才)(?:到|收到|来|有|发)?了?(?<n>一|两|二|俩|三|四|五|六|七|八|[1-8])(?:个|件|只|条|套|双|份|盒)")]
    private static partial Regex OnlySomeCame();
}

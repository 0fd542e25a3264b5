using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The one reader of the shipping wishes a buyer adds to any need: a courier ("补发能不能走顺丰", "别发中通 补运费也行"),
/// a word before shipping ("发之前跟我说一声"), a fallback for a hold ("压不了就直接发"), another order to ship with
/// ("跟羽绒服一起发", "俩一起寄") and a day the goods are needed by ("周三前要用"). Each is read in the shop's words for the
/// record the turn writes, so no flow drops the wish said beside its own need.
/// </summary>
public static partial class ShippingWishes
{
    public static IReadOnlyList<ShippingWish> Read(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        var wishes = new List<ShippingWish>();
        // "中通就行": the shop's usual courier settled for is no courier wished.
        if (UsualCouriers.Accepted(context) is null && CourierOf(context, compact) is { } courier)
        {
            wishes.Add(courier);
        }

        // "发了跟我说一声" is not read: the platform tells the buyer when it ships, which the answers say instead.
        if (context.Guard.ActingMatch(NotifyBefore()) is not null)
        {
            wishes.Add(new(ShippingWishKind.Notify, NotifyNote, NotifySaid, "发货前"));
        }

        if (ShipIfNotHeld().IsMatch(compact))
        {
            wishes.Add(new(ShippingWishKind.ShipIfNotHeld, "如果压不了单，买家同意直接照常发货", "压不了就照常发", "压不了单"));
        }

        if (Together().Match(compact) is { Success: true } together && !CombineHold.GivesUpOrder(compact))
        {
            var with = together.Groups["with"].Value;
            var said = with.Length > 0 ? $"跟{with}一起发" : "两单一起发";
            wishes.Add(new(ShippingWishKind.Together, TogetherNote(said), said, "一起发"));
        }

        if (context.Facts.Cues.Deadline is { } day && NeededBy().IsMatch(compact))
        {
            var date = SaidDates.Format(day);
            wishes.Add(new(ShippingWishKind.NeededBy, NeededByNote(date), NeededBySaid(date), date));
        }

        return wishes;
    }

    /// <summary>The courier wished for or refused, with the buyer's readiness to pay a difference; null when none is.</summary>
    private static ShippingWish? CourierOf(FlowContext context, string compact)
    {
        var normalized = context.Normalized;
        if (CourierDifference.LetsCourierGo(compact) || AsksWhich().IsMatch(compact))
        {
            return null;
        }

        var pays = CourierDifference.Pays(compact);
        // "顺丰要补钱的话我补": the courier named beside the readiness to pay is the one wished for.
        var wanted = OrderChanges.CourierWished(normalized) ?? (pays ? OrderChanges.CourierNamed(normalized) : null);
        var refused = OrderChanges.CourierRefusedIn(normalized);
        // "不要发极兔" when the shop never ships with it: nothing to note.
        if ((wanted is null && refused is null) || (wanted is null && UsualCouriers.Of(context).Count > 0 && !UsualCouriers.Includes(context, refused)))
        {
            return null;
        }

        // "能发中通吗" when the shop ships with it anyway: a preference with no difference to pay.
        if (wanted is not null && UsualCouriers.Includes(context, wanted))
        {
            return new(ShippingWishKind.Courier, $"买家希望发{wanted}（店里常用快递，不用补运费差价）", $"想走{wanted}", wanted);
        }

        var difference = pays ? "，买家愿意补运费差价" : "，可能要补运费差价";
        return wanted is not null
            ? new(ShippingWishKind.Courier, $"买家希望发{wanted}{difference}，请同事确认能否安排及差价", pays ? $"想走{wanted}、差价您来补" : $"想走{wanted}", wanted)
            : new(ShippingWishKind.Courier, $"买家不想发{refused}{difference}，请同事确认能否换快递及差价", $"不走{refused}", refused!);
    }

    // "能发顺丰还是中通吗": which courier the shop uses is asked, no wish.
    [GeneratedRegex("(顺丰|中通|圆通|京东|邮政|韵达|申通|极兔)还是(顺丰|中通|圆通|京东|邮政|韵达|申通|极兔)|(发|用|走)(什么|哪个|哪家)快递")]
    private static partial Regex AsksWhich();

    // "发之前跟我说一声", "寄出前通知我", "发货前联系我下": a word before it leaves.
    [GeneratedRegex("(发|寄|出)(货|件|出)?(之|以)?前[^，,。]{0,4}(跟我|和我|给我|告诉|通知|联系|说一声|打个?招呼|吱一声|问我|确认)")]
    private static partial Regex NotifyBefore();

    // "要是压不了那么久就算了 直接发吧", "仓库留不住就正常发", "不能推迟的话照常寄也行": ship as usual if the hold fails.
    [GeneratedRegex("(压|等|留|扣|押)不(了|住|到)[^。]{0,12}?(直接|照常|正常|按时|就)(发|寄)|(不能|没法|没办法|不好|不方便)(压|等|留|扣|押|推迟|延迟|延后)[^。]{0,12}?(直接|照常|正常|按时|就)(发|寄)")]
    private static partial Regex ShipIfNotHeld();

    // "跟羽绒服一起发", "和袜子那单一块寄", "俩一起寄", "两单合并发": another order to ship with.
    [GeneratedRegex("(跟|和|与|同)(?<with>[^，,。跟和与我你能可合货票]{1,8}?)(那单|那个|这单|那件)?(一起|一块儿?|一同|合并)(发|寄)|(俩|两个|两单|两件|两样|两个订单)(一起|一块儿?|一同|合并|合在一起)(发|寄)|合并(发货|发|寄)")]
    private static partial Regex Together();

    // "周三前要用", "周五之前得到", "下周一前要穿": the day matters to the buyer, beside another need.
    [GeneratedRegex("(前|之前|以前)[^，,。]{0,3}(要用|急用|要穿|要带|要送人|要到|得到|到|收到)|(要用|急用|要穿|要带)")]
    private static partial Regex NeededBy();
}

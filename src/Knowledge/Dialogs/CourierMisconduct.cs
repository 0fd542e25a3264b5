using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "顺丰那个快递员直接把包扔门口 也不打电话 外面的袋子都湿了 我要投诉他": a complaint about how the courier handed a parcel
/// over. The buyer hears an apology and is asked whether the goods are all right, and the complaint is recorded on the
/// parcel's courier follow-up for a colleague to raise with the courier company; it is no off-platform talk, no
/// delivery wish and no question of where the parcel is.
/// </summary>
public static partial class CourierMisconduct
{
    private const string Template = "track.courier_misconduct_noted";

    private const string NotePrefix = "买家投诉";

    public static async Task<bool> TryRecordAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Compact;
        // "剩下的发顺丰行不 中通老是放门口丢了": another courier wished for the goods to come, the old grievance its reason,
        // never a complaint about a parcel of the courier wished.
        var wishesCourier = Flows.OrderChanges.CourierWished(context.Normalized) is not null && !Complains().IsMatch(text);
        if (wishesCourier || !Courier().IsMatch(text) || !(Dumped().IsMatch(text) || Rude().IsMatch(text) || (Complains().IsMatch(text) && UncalledDelivery.Tells(text)))
            || ParcelOf(context) is not { } order)
        {
            return false;
        }

        var slots = context.SlotsOf(order);
        var carrier = order.Carrier ?? "快递公司";
        var records = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        // Said again ("我真的要投诉他"), the complaint on record stands; a second one would be a duplicate.
        if (!records.Any(r => r.Status == Cases.CaseStatus.Open && r.Kind == Cases.CaseKind.LogisticsFollowUp && r.Description?.StartsWith(NotePrefix, StringComparison.Ordinal) == true))
        {
            await context.Actions.FollowUpLogisticsAsync(context.Turn, order.OrderNumber, $"{NotePrefix}{carrier}派送员{What(text)}；请同事向{carrier}反映投诉，并跟买家确认商品是否完好", cancellationToken).ConfigureAwait(false);
        }

        context.State.ClearClarification();
        context.State.LastOrderNumber = order.OrderNumber;
        context.Say(Template, new Dictionary<string, string?>(slots, StringComparer.Ordinal) { [Templates.TemplateSlots.Carrier] = carrier });
        context.MarkAnswered(context.Text);
        return true;
    }

    /// <summary>What the courier did, in the shop's words, never the buyer's sentence.</summary>
    private static string What(string text)
    {
        var parts = new List<string>();
        if (Dumped().IsMatch(text))
        {
            parts.Add("把包裹直接放在门口");
        }

        if (UncalledDelivery.Tells(text))
        {
            parts.Add("派送前没有电话联系");
        }

        if (Rude().IsMatch(text))
        {
            parts.Add("态度不好");
        }

        if (Wet().IsMatch(text))
        {
            parts.Add("外包装淋湿");
        }

        return parts.Count == 0 ? "派送不规范" : string.Join("、", parts);
    }

    /// <summary>The shipped parcel of the courier named, else the shipped one in focus, else the buyer's only shipped one.</summary>
    private static Order? ParcelOf(FlowContext context)
    {
        var parcels = context.Services.Orders.OrdersOf(context.Input.BuyerId)
            .Where(o => o.Status is OrderStatus.Shipped or OrderStatus.Completed && o.Carrier is not null).ToList();
        if (Flows.OrderChanges.CourierNamed(context.Normalized) is { } named
            && parcels.Where(o => o.Carrier!.Contains(named, StringComparison.Ordinal)).ToList() is { Count: 1 } ofCourier)
        {
            return ofCourier[0];
        }

        var focus = context.State.OrderNumber ?? context.State.LastOrderNumber;
        return parcels.FirstOrDefault(o => o.OrderNumber == focus) ?? (parcels.Count == 1 ? parcels[0] : null);
    }

    [GeneratedRegex("快递员|快递小哥|快递哥|派送员|送货的|送快递的|配送员|顺丰|顺风|中通|圆通|申通|韵达|极兔|京东|邮政|ems|德邦|快递", RegexOptions.IgnoreCase)]
    private static partial Regex Courier();

    /// <summary>
    /// "扔门口", "丢在门口就走了", "往地上一扔": the parcel left at the door or thrown, not handed over. "放门口就行" is a
    /// wish; only a throw, or a parcel left "直接" and gone, is complained of.
    /// </summary>
    [GeneratedRegex("(扔|丢|甩|撂)(在|到)?(我家|家)?(门口|门外|楼下|地上)|(直接|就这么|就那么|随手)(放|搁)(在|到)?(我家|家)?(门口|门外|楼下|地上)|(门口|门外|地上)(一)?(扔|丢|甩)|乱扔|乱丢|暴力(分拣|派送|扔)")]
    private static partial Regex Dumped();

    [GeneratedRegex("态度(差|很差|恶劣|不好|太差)|骂人|骂我|凶我|吼我")]
    private static partial Regex Rude();

    [GeneratedRegex("投诉|举报")]
    private static partial Regex Complains();

    [GeneratedRegex("湿|淋雨|泡水|进水")]
    private static partial Regex Wet();
}

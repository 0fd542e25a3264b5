using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>Reads the <see cref="TrackSituation"/> from normalised text; the most serious situation named wins.</summary>
public static partial class TrackSituations
{
    /// <param name="cues">The message's cues: <see cref="MessageCues.NeverGot"/> is the buyer saying it never arrived.</param>
    public static TrackSituation Of(string normalizedText, MessageCues cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var compact = CompactText.Of(normalizedText);
        return compact switch
        {
            // "楼下驿站 快递柜都翻遍了 还是没有": the buyer looked where parcels are left and did not find it.
            _ when cues.NeverGot || SaysLeftButNotFound(compact) || (LineFrame.TellsSearched(compact) && (NotFound().IsMatch(compact) || SaysPlacesChecked(compact))) => TrackSituation.NotReceived,
            _ when CourierProblem().IsMatch(compact) => TrackSituation.CourierProblem,
            _ when IsDoorSideDamage(compact) => TrackSituation.DamagedInTransit,
            _ when Stalled().IsMatch(compact) => TrackSituation.Stalled,
            _ when FollowUpAsked().IsMatch(compact) => TrackSituation.FollowUpRequested,
            _ when NeededBy().IsMatch(compact) => TrackSituation.NeededBy,
            _ => TrackSituation.WhereIsIt,
        };
    }

    /// <summary>
    /// The box arrives wet, crushed or torn and the buyer has not signed for it or opened it yet (the courier is at the
    /// door): refusing delivery is still possible. A buyer who already opened it has a quality problem instead.
    /// </summary>
    public static bool IsDoorSideDamage(string normalizedText)
    {
        var compact = CompactText.Of(normalizedText);
        return DamagedInTransit().IsMatch(compact) && (NotSignedYet().IsMatch(compact) || !QualityProblems.AlreadyOpened(compact));
    }

    /// <summary>"快递员在门口", "还要签吗", "顺丰就在楼下": the parcel is at the door, not signed for yet.</summary>
    public static bool AtTheDoor(string normalizedText) => NotSignedYet().IsMatch(CompactText.Of(normalizedText));

    /// <summary>True when the buyer says the order shows as signed or completed, so completed orders are in question too.</summary>
    public static bool MentionsCompleted(string normalizedText) => ShownDone().IsMatch(CompactText.Of(normalizedText)) || SaysLeftButNotFound(normalizedText);

    /// <summary>"快递员电话一直打不通", "派送员不接电话": the courier cannot be reached.</summary>
    public static bool CourierUnreachable(string normalizedText) => Unreachable().IsMatch(CompactText.Of(normalizedText));

    [GeneratedRegex("打不通|没人接|不接电话|不接|联系不上|关机|停机")]
    private static partial Regex Unreachable();

    /// <summary>The courier will not deliver, asks for money to deliver, or cannot be reached.</summary>
    public static bool IsCourierProblem(string normalizedText) => CourierProblems.GetOrAdd(normalizedText, text => CourierProblem().IsMatch(CompactText.Of(text)));

    /// <summary>Readings per text: several checks of a turn ask it of the same line.</summary>
    private static readonly TextMemory<bool> CourierProblems = new();

    [GeneratedRegex("(送货|派送|送上楼|上楼|送到家|送到门口|配送|送)(要|得|需要|还要)?(加钱|收费|另外收|额外收|加收)|(送货|派送|上楼|送到家|送到门口|配送|上门)(要|得|需要|还要)?(另外|额外)?加[0-9一二三四五六七八九十几两]+(块|元)|不加(钱)?就(不送|不给送|让我|叫我)|加[0-9一二三四五六七八九十几两]+(块|元)(钱)?(才|就)?(送|派|肯送|给送)|(让我|叫我|要我|不然|否则)(就)?自己(下楼|下去|去|过去)?(取|拿)|不送(货)?上门|不派送|不给送|不送货|拒绝派送|不肯送|让我自己(去)?取|叫我自己去拿|(快递员|快递小哥|派送员|送货员|配送员|快递|顺丰|中通|圆通|韵达|申通|邮政|ems|京东|极兔|德邦)(的)?(快递员|小哥)?(电话|手机)?(一直|总是|老是|还是|都|根本)?(打不通|没人接|不接|联系不上|关机|停机)|联系不上(快递|派送员|送货)|派送员不接|不接电话|自己(出去|出来|到门口|到小区门口|下楼)(取|拿|接)|(进不了|进不去|不让进|不能进)(小区|园区|学校|公司|大院|楼)?|不(送|给送|肯送)?上楼")]
    private static partial Regex CourierProblem();

    /// <summary>"快递员说进不了小区", "不送上楼": the courier cannot or will not reach the door, no money asked.</summary>
    public static bool IsAccessProblem(string normalizedText) => AccessProblem().IsMatch(CompactText.Of(normalizedText));

    [GeneratedRegex("自己(出去|出来|到门口|到小区门口|下楼)(取|拿|接)|(进不了|进不去|不让进|不能进)(小区|园区|学校|公司|大院|楼)?|不(送|给送|肯送)?上楼")]
    private static partial Regex AccessProblem();

    [GeneratedRegex("(好几|几|两|三|四|五|[2-9])天(了)?(都)?(没|不|没有)(动|更新|变化|动静|走)|(一直|还|都)(没|不)(动|更新)|停(在|留)|卡(在|住|着)|不动了|(一直|还|都)(在|是)?(中转|转运)|没有?物流(信息|更新)|物流(一直|好久)?(没|不)(更新|动)|没动静|原地不动")]
    private static partial Regex Stalled();

    [GeneratedRegex("(今天|明天|后天|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|[0-9一二三四五六七八九十]+号|月底|过年|生日)(之前|前|以前)?(能|可以|会)?(到|送到|收到)(?!了(?![吗么嘛没不呢?]))|(之前|前)(要|得|必须)(用|到|收到)|赶着用|急着用|等着用|到不了|来不及|赶不上|赶得上|赶不赶得上|给个准话|准话")]
    private static partial Regex NeededBy();

    [GeneratedRegex("(外包装|外箱|纸箱|箱子|盒子|包装盒|包装|包裹|快递箱|快递)(都|被|也|有点|已经|全)?(压坏|压扁|压变形|压烂|变形|破了|破损|破开|破|烂了|烂|湿了|湿透|湿|泡水|进水|淋湿|撕开|撕破|撕烂|扁了|凹)|运输(中|途中|过程中)?(被)?(压|摔|弄|磕)(坏|碎|扁|烂)|快递(弄|摔)坏|(箱子|盒子|包裹|快递|纸箱)里(面)?.{0,6}?(碎|坏|破|裂|烂)")]
    private static partial Regex DamagedInTransit();

    [GeneratedRegex("(还|都)?(没|没有|未)(签|签收|拆|拆开|打开|开箱)|快递员(还)?在|在门口|要不要(签|收)|能不能拒|可以拒|拒收吗|拒签吗|签不签|收不收|该不该收|还要签|还签|要签吗|能签吗|签吗|(就|正)?在楼下|在驿站等")]
    private static partial Regex NotSignedYet();

    /// <summary>
    /// "帮我联系一下快递", "催一下顺丰", "让顺丰快点送", "快递员能不能快点": the buyer asks the shop to chase the courier of
    /// a parcel on its way.
    /// </summary>
    public static bool AsksToChaseCourier(string normalizedText) => FollowUpAsked().IsMatch(CompactText.Of(normalizedText));

    // The courier by its role or by name; "快点发货" (the warehouse, not the courier) is no chase of the courier.
    [GeneratedRegex("(跟|和|给|告诉|转告)(快递员?|快递小哥|派送员|送货员)(说|讲|打个?招呼)|(联系|打电话给|问问|问一下|催催|催一下|催下|催一催|催)(一下|下)?(快递|快递员|物流|派送|网点|驿站|顺丰|中通|圆通|韵达|申通|邮政|ems|京东|极兔|德邦)|(快递|物流|派送)(那边)?(帮我|给我)?(催|联系|问)|(快递员|快递小哥|派送员|快递|顺丰|中通|圆通|韵达|申通|邮政|ems|京东|极兔|德邦)(那边)?(能不能|能否|可不可以|可以|就不能)?(再)?(送|派送|派)?(快点|快一点|快些|快一些|尽快|赶紧)(?!发|寄|出)", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUpAsked();

    [GeneratedRegex("已签收|显示签收|签收了|已经签收|交易成功|交易完成|交易已完成|已完成|确认收货|已收货")]
    private static partial Regex ShownDone();
}

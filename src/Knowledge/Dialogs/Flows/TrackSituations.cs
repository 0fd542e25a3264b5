using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>Reads the <see cref="TrackSituation"/> from normalised text; the most serious situation named wins.</summary>
public static partial class TrackSituations
{
    /// <param name="cues">The message's cues: <see cref="MessageCues.NeverGot"/> is the buyer saying it never arrived.</param>
    public static TrackSituation Of(string normalizedText, MessageCues cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var compact = normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact switch
        {
            _ when cues.NeverGot => TrackSituation.NotReceived,
            _ when CourierProblem().IsMatch(compact) => TrackSituation.CourierProblem,
            _ when DamagedInTransit().IsMatch(compact) && !QualityProblems.AlreadyOpened(compact) => TrackSituation.DamagedInTransit,
            _ when Stalled().IsMatch(compact) => TrackSituation.Stalled,
            _ when NeededBy().IsMatch(compact) => TrackSituation.NeededBy,
            _ => TrackSituation.WhereIsIt,
        };
    }

    /// <summary>True when the buyer says the order shows as signed or completed, so completed orders are in question too.</summary>
    public static bool MentionsCompleted(string normalizedText) => ShownDone().IsMatch(normalizedText.Replace(" ", string.Empty, StringComparison.Ordinal));

    [GeneratedRegex("不送(货)?上门|不派送|不给送|不送货|拒绝派送|不肯送|让我自己(去)?取|叫我自己去拿|快递员(电话)?(打不通|不接|联系不上)|联系不上快递|快递(电话)?打不通|派送员不接|不接电话")]
    private static partial Regex CourierProblem();

    [GeneratedRegex("(好几|几|两|三|四|五|[2-9])天(了)?(都)?(没|不|没有)(动|更新|变化|动静|走)|(一直|还|都)(没|不)(动|更新)|停(在|留)|卡(在|住|着)|不动了|没有?物流(信息|更新)|物流(一直|好久)?(没|不)(更新|动)|没动静|原地不动")]
    private static partial Regex Stalled();

    [GeneratedRegex("(今天|明天|后天|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|[0-9一二三四五六七八九十]+号|月底|过年|生日)(之前|前|以前)?(能|可以|会)?(到|送到|收到)|(之前|前)(要|得|必须)(用|到|收到)|赶着用|急着用|等着用")]
    private static partial Regex NeededBy();

    [GeneratedRegex("(外包装|外箱|箱子|包裹|快递)(被)?(压坏|压扁|破了|破损|烂了|湿了)")]
    private static partial Regex DamagedInTransit();

    [GeneratedRegex("已签收|显示签收|签收了|已经签收|交易成功|交易完成|交易已完成|已完成|确认收货|已收货")]
    private static partial Regex ShownDone();
}

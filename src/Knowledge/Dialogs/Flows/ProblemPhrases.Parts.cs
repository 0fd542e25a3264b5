using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "给我补个盖子就行", "肩带单独寄一条", "能不能只换个杯盖": a part of the goods asked for on its own, so the reship
/// record and the reply name the part and a colleague never sends the whole item again.
/// </summary>
public static partial class ProblemPhrases
{
    /// <summary>The part the buyer asks to be sent on its own ("盖子", "肩带"), or null when the line names none.</summary>
    public static string? PartAsked(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        var m = PartSentAlone().Match(compact);
        return m.Success ? (m.Groups["part"].Value == "盖" ? "盖子" : m.Groups["part"].Value) : null;
    }

    /// <summary>
    /// True when the line points at an order other than <paramref name="orderNumber"/>, whose case is recorded here. "把枕套补发给我"
    /// after a pillowcase short was recorded on the bedding set asks for that piece of the set, never the pillowcase order.
    /// </summary>
    public static bool PointsElsewhere(FlowContext context, string orderNumber)
    {
        ArgumentNullException.ThrowIfNull(context);
        var part = PartAsked(context.Compact);
        return context.Facts.OrderReferences.Any(r => r.OrderNumbers.Count > 0 && !r.OrderNumbers.Contains(orderNumber)
            && (part is null || !part.Contains(r.Mention, StringComparison.Ordinal)));
    }

    // "补个盖子", "寄一个新的杯盖给我", "只要个塞子", "盖子补一个", "肩带能不能单独寄"; a part after a verb of sending, or before one.
    [GeneratedRegex("(?:补|补发|补寄|再发|再寄|寄|发|换|配|只要|就要|单独要)(?:给我|我)?(?:一|1)?(?:个|只|条|根|副)?(?:新的?)?(?<part>杯盖|盖子|盖(?![住好上])|肩带|背带|提手|把手|手柄|密封圈|硅胶圈|胶圈|塞子|吸管|灯罩|底座|插头|电源线|充电线|适配器|遥控器|拉链头|纽扣|扣子|滤网|" + BeddingParts + ")"
        + "|(?<part>杯盖|盖子|肩带|背带|提手|把手|手柄|密封圈|硅胶圈|胶圈|塞子|吸管|灯罩|底座|插头|电源线|充电线|适配器|遥控器|拉链头|纽扣|扣子|滤网|" + BeddingParts + ")(?:能不能|可以|可不可以|能)?(?:单独|另外|再)?(?:补|补发|补寄|寄|发|配)(?:一|1|我)?(?:个|只|条|根|副)?")]
    private static partial Regex PartSentAlone();

    /// <summary>The pieces of a bedding set ("四件套只有一个枕套"): a piece short is named on the reship record.</summary>
    private const string BeddingParts = "枕套|枕头套|被套|被罩|床单|床笠";
}

using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The buyer asks the shop to do something ("帮我联系一下快递", "你们帮我联系", "那你帮我催一下", "补偿几块就行"):
/// a request is never thanks or a closing, and never a refusal, whatever the model makes of its polite words.
/// </summary>
public static partial class FollowUpRequests
{
    /// <summary>What the buyer asks for, or null when the text asks the shop for nothing.</summary>
    public static FollowUpRequest? Of(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var compact = CompactText.Of(normalizedText);
        if (!AsksToAct(compact))
        {
            return null;
        }

        return compact switch
        {
            _ when Compensate().IsMatch(compact) => FollowUpRequest.Compensate,
            _ when Courier().IsMatch(compact) || Flows.TrackSituations.AsksToChaseCourier(compact) => FollowUpRequest.ContactCourier,
            _ when Hurry().IsMatch(compact) => FollowUpRequest.Hurry,
            _ => FollowUpRequest.CarryOn,
        };
    }

    /// <summary>True when the text asks the shop to act: a request verb with an action, or an amount accepted.</summary>
    public static bool AsksToAct(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var compact = CompactText.Of(normalizedText);
        return (Asking().IsMatch(compact) && Action().IsMatch(compact)) || Compensate().IsMatch(compact) || Flows.TrackSituations.AsksToChaseCourier(compact);
    }

    // 帮我, 给我, 麻烦, 请, 你们…一下, …就行: the buyer asks someone to do it.
    [GeneratedRegex("帮我|帮忙|给我|替我|麻烦|请你|请您|你们?(去|来|帮|给|再)|(一下|下)(吧|呗|嘛|啊|呀)?$|就行|就好|就可以|行不行|可以吗|能不能")]
    private static partial Regex Asking();

    [GeneratedRegex("联系|催|查|问|处理|补偿|赔|补发|重发|退|换|发货|寄|看看|看一下|核实|跟进|安排|解决|打电话|确认|协调|沟通|交涉")]
    private static partial Regex Action();

    // "补偿几块就行", "赔点就好", "给我补偿吧", "给我补点钱": a compensation asked for or accepted; "补偿点还是咋说",
    // "能compensate一点吗 随便给点就行" ask for one in other words.
    [GeneratedRegex("(补偿|赔偿?|补贴|返现)(我)?(几块|一点|点|些|一些|几元|点钱|一下)?(钱)?(就行|就好|就可以|也行|吧|呗)|(给我|给点|给些)(补偿|赔偿)|(给我|给)?补(我)?(点|一点|些|几块)钱"
        + "|(补偿|赔偿?)(我)?(几块|一点|点|些|一些|点钱|一下)?(钱)?还是(咋说|怎么说|咋弄|怎么弄|咋办|怎么办|怎样)"
        + "|compensat|随便(给|补|赔)(点|一点|些|几块)")]
    private static partial Regex Compensate();

    [GeneratedRegex("快递|物流|派送|网点|驿站|快递员")]
    private static partial Regex Courier();

    [GeneratedRegex("催")]
    private static partial Regex Hurry();
}

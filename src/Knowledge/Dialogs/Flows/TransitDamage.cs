using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// Goods broken on the way, told with how they were delivered ("快递放门口的 我没当面验", "快递员放驿站的", "顺丰盒子一角都瘪了",
/// "快递是我家里人签收的 当时没看"): the buyer is told once that the shop settles the damage with the courier itself and
/// that signing without checking stands in nothing's way, so they never go to the courier themselves.
/// </summary>
public static partial class TransitDamage
{
    private const string Template = "quality_return.transit_settled";

    /// <param name="description">The case's description, which starts with its problem's label ("破损：…").</param>
    public static void Tell(FlowContext context, string description)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((description ?? string.Empty).StartsWith(QualityProblems.Label(QualityProblem.Damaged), StringComparison.Ordinal) && Delivery().IsMatch(context.Compact) && !context.Told(Template, null))
        {
            context.Say(Template);
        }
    }

    /// <summary>
    /// True when the line tells how the parcel was delivered or what the box looked like, torn or whole ("快递袋是好的 没破",
    /// "快递盒是好的 看着没被拆过" answer the package photo asked for a piece missing).
    /// </summary>
    public static bool TellsDelivery(string compact) => Delivery().IsMatch(compact ?? string.Empty) || PackageWhole().IsMatch(compact ?? string.Empty);

    /// <summary>"是不是你们没包好", "包装太差了", "打包的问题吧": the shop's packing blamed for goods broken on the way.</summary>
    public static bool BlamesPacking(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return PackingBlamed().IsMatch(compact);
    }

    [GeneratedRegex("(没|没有|不)(包|包装|打包)好|包装(得|的)?(太)?(差|不行|不好|简单|随便|薄|有问题)|(打包|包装)(的)?问题|包得(不好|太差|太随便|不行)|(没|没有)(放|加|垫|塞)(泡沫|气泡|缓冲|防震)")]
    private static partial Regex PackingBlamed();

    [GeneratedRegex("(快递袋|快递盒|快递箱|袋子|包装袋|外包装|包装|箱子|纸箱|盒子|外箱|包裹|胶带|封条)[^,，。]{0,4}(是好的|好好的|完好|没破|没有破|没拆|没被拆|没有被拆|没动过|没被动过|没坏|没烂)")]
    private static partial Regex PackageWhole();

    [GeneratedRegex("放(在)?(门口|驿站|快递柜|丰巢|菜鸟|代收点|楼下|门卫)|没(有)?当面|没(有)?验(货)?就签|签收了|代签|快递员|(家里人|家人|家里|我妈|我爸|老公|老婆|室友|邻居|物业|前台|门卫|别人|同事)(帮我|替我)?(签收|签的|代收|收的)|(当时|签收时|签的时候|收的时候)(都)?没(有)?(看|验|检查|拆|打开)|(盒子|箱子|纸箱|外包装|包装盒)[^,，。]{0,6}(瘪|压|破|烂|变形|凹)")]
    private static partial Regex Delivery();
}

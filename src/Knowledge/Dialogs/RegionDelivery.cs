using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "发到新疆要几天", "能寄到香港吗", "给乌鲁木齐的朋友寄 几天到": a question before buying about delivery to a place, never
/// the tracking of an order the buyer has. Answered from the shop's shipping policy (whether and at what postage as
/// the order page shows once the address is filled in; farther places take longer), and "大概几天到" right after is
/// the same question.
/// </summary>
internal static partial class RegionDelivery
{
    private const string Area = "region_delivery";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        // "我朋友在武汉 下单寄过去要几天", "那要是发到成都呢": any city of the divisions counts when sending there before
        // buying is asked; "改成发到成都" is a change of address.
        var analyzer = context.Services.Analyzer;
        var sentTo = SendToAny().Match(compact) is { Success: true } to && !Change().IsMatch(compact)
            && analyzer.ProvinceNamedIn(compact.Substring(to.Index + to.Length, Math.Min(6, compact.Length - to.Index - to.Length))) is not null;
        var asked = IsAsked(compact) || sentTo
            || (BeforeBuying().IsMatch(compact) && AboutSending().IsMatch(compact) && analyzer.ProvinceNamedIn(context.Normalized) is not null);
        var followsUp = !asked && JustAnswered(context) && ArrivalQuestion.IsAsked(context.Normalized) && OrderResolver.Named(context).Count == 0;
        // "改地址 新疆乌鲁木齐市天山区解放北路100号 …": a full address given is a delivery address, never a question before buying.
        // "浴巾咋还不发 寄到武汉要多久": an order said not to have shipped is the buyer's own, never a question before buying.
        // "地址写的是浙江省苏州市 …改成江苏省 别到时候再给我寄丢了": the order's place put right, never a question before buying.
        if ((!asked && !followsUp) || OwnParcel().IsMatch(compact) || context.Facts.Address is { HasFullAddress: true }
            || PlaceCorrected().IsMatch(compact) || AddressKeeps.ChangesAddress(compact) || AddressKeeps.SaysProvinceWrong(compact)
            || TrackFlow.SaysNotShipped(context.Normalized)
            || context.Services.Orders.ExtractOrderNumbers(context.Text).Count > 0)
        {
            return false;
        }

        context.State.ClearClarification();
        context.State.EndFlow();
        var overseas = Overseas().IsMatch(compact) && !context.Told($"{Area}.overseas", null);
        var days = followsUp || context.Told($"{Area}.answer", null) || (JustAnswered(context) && ArrivalQuestion.IsAsked(context.Normalized));
        // A mainland place is given the days of its region from the delivery-time policy, never the 江浙沪 days alone.
        // "大概几天到" after it: the place is the one the question before named.
        var region = overseas ? null : ArrivalDays.Slots(context, null, days ? context.State.LastQuestion : null);
        context.MarkAnswered(days && region is not null && context.State.LastQuestion is { } before ? before : context.Normalized);
        if (!(days && region is not null))
        {
            context.Say(overseas ? $"{Area}.overseas" : days ? $"{Area}.days" : $"{Area}.answer");
        }

        if (region is not null)
        {
            context.Say("arrival.region_days", region);
        }

        return true;
    }

    /// <summary>A place named with sending there, or with how long or what postage it takes.</summary>
    public static bool IsAsked(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return SendTo().IsMatch(compactText) || (Place().IsMatch(compactText) && AboutSending().IsMatch(compactText));
    }

    // The region's days follow the answer in the same turn, so the answer is the last said before them.
    private static bool JustAnswered(FlowContext context) =>
        context.State.SaidTemplates.LastOrDefault(t => !t.StartsWith("arrival.region_days", StringComparison.Ordinal)) is { } last
        && last.StartsWith(Area + ".", StringComparison.Ordinal);

    private const string Places = "新疆|西藏|青海|内蒙古?|甘肃|宁夏|海南|云南|贵州|广西|黑龙江|吉林|辽宁|四川|重庆|北京|上海|天津|河北|山西|山东|河南|湖北|湖南|江西|安徽|江苏|浙江|福建|广东|陕西|乌鲁木齐|拉萨|喀什|伊犁|西宁|银川|兰州|呼和浩特|海口|三亚|哈尔滨|香港|澳门|台湾|港澳台?|国外|海外|外国|美国|日本|韩国|新加坡|马来西亚|加拿大|澳洲|澳大利亚|英国|偏远地区";

    [GeneratedRegex("(?:发|寄|送|邮|快递)(?:到|去|往)(?:" + Places + ")")]
    private static partial Regex SendTo();

    [GeneratedRegex("下单|拍下|拍了的话|买的话|要是买|如果买|寄过去|发过去|寄给|发给|给.{0,6}寄")]
    private static partial Regex BeforeBuying();

    [GeneratedRegex("(?:发|寄|送|邮)(?:到|去|往)")]
    private static partial Regex SendToAny();

    [GeneratedRegex("改|换|地址|收货人|订单|发票|邮箱")]
    private static partial Regex Change();

    [GeneratedRegex(Places)]
    private static partial Regex Place();

    /// <summary>"改成江苏省", "写的是浙江省", "应该是江苏": the place on the order said wrong and put right.</summary>
    [GeneratedRegex("(?:改成|改为|换成|应该是|应为|写成|写的是|填成|填的是|选成|选的是)(?:" + Places + ")")]
    private static partial Regex PlaceCorrected();

    [GeneratedRegex("能发|能寄|能送|可以发|可以寄|发不发|寄不寄|送不送|给.{0,8}寄|几天(?:能|可以)?到|多久(?:能|可以)?到|要几天|几天左右|包邮|运费|邮费")]
    private static partial Regex AboutSending();

    [GeneratedRegex("港|澳门|台湾|国外|海外|外国|美国|日本|韩国|新加坡|马来西亚|加拿大|澳洲|澳大利亚|英国")]
    private static partial Regex Overseas();

    /// <summary>A parcel the buyer already has on its way is tracking, not this question.</summary>
    [GeneratedRegex("我的快递|我的包裹|快递到哪|到哪了|物流|单号|发货了吗|还没到|还没收到|签收|派送中|卡住")]
    private static partial Regex OwnParcel();
}

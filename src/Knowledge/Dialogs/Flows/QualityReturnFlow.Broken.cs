using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "是不是坏的", "是质量问题吗" asked while the photos of a fault are awaited: answered plainly first (from what was told, most
/// likely a fault of the goods, which the video confirms), never only a case recorded as if nothing was asked.
/// </summary>
public sealed partial class QualityReturnFlow
{
    [GeneratedRegex("是不是(?:坏|质量|有问题|出问题|故障)|(?:坏|坏掉)了?(?:吗|么|嘛)|是(?:质量问题|故障|坏的)(?:吗|么|嘛)|有没有坏|算不算(?:质量问题|坏)")]
    private static partial Regex AsksIfBroken();
}

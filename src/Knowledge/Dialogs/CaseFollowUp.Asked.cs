using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Which kind of earlier case a line asks about, read from the topic word and a word asking how it stands.</summary>
public static partial class CaseFollowUp
{
    /// <summary>
    /// The kinds of case a follow-up asks about (the named kind first), or null when the line asks none: a topic word
    /// (退款, 换的货, 寄回去的, 丢件, 发票, 地址 …) and a word asking how it stands (到哪一步, 怎么样了, 收到了吗, 开了没,
    /// a final 呢 after 上次/之前 …). A new request ("我要退款", "能补发一个吗") has no such word, and one threatened ("不退我就退货了
    /// 反正还没收到") is no follow-up.
    /// </summary>
    public static IReadOnlyList<CaseKind>? Asked(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        var match = KindWord().Match(compactText);
        var earlier = Earlier().IsMatch(compactText);
        if (!match.Success || (!earlier && (NewRequest().IsMatch(compactText) || ReturnThreatened.IsSaid(compactText))) || RefusingDeliveryAsked().IsMatch(compactText)
            || ReturnAddressAsked().IsMatch(compactText)
            || !(earlier ? StatusOrBare().IsMatch(compactText) : Status().IsMatch(compactText)))
        {
            return null;
        }

        return match.Groups["k"].Value switch
        {
            "换货" or "换的" or "换新" => [CaseKind.Exchange],
            "补发" or "补寄" or "重发" => [CaseKind.Reship],
            "维修" or "返修" or "修的" => [CaseKind.Repair],
            "补偿" or "赔偿" => [CaseKind.Compensation],
            "退货" or "寄回" or "退回去" or "寄过去" or "退的货" or "寄给你们" => [CaseKind.Return, CaseKind.Exchange, CaseKind.Repair],
            "丢件" or "丢了" or "丢失" or "弄丢" => [CaseKind.LostParcel, CaseKind.LogisticsFollowUp],
            "发票" => [CaseKind.InvoiceRequest],
            "地址" => [CaseKind.AddressChange],
            // "餐具那单改好了吗": a change asked after, the address first as the change most often made.
            "改好" or "改了" or "改完" => [CaseKind.AddressChange, CaseKind.OrderChange],
            _ => [CaseKind.RefundRequest, CaseKind.Return],
        };
    }

    [GeneratedRegex("之前|上次|上回|前几天|前两天|前天|昨天|早上|刚才|那会|说好的|说要|说给我|答应|申请的|申请(退款|退货|换货|售后)?了|登记的|提交的|提交了|办的")]
    private static partial Regex Earlier();

    [GeneratedRegex("(?<k>换货|换的|换新|退货|寄回|退回去|寄过去|退的货|寄给你们|补发|补寄|重发|维修|返修|修的|补偿|赔偿|丢件|丢了|丢失|弄丢|发票|地址|退款|退钱|钱退|退的钱|钱呢|钱到|到账|改好|改了|改完)")]
    private static partial Regex KindWord();

    [GeneratedRegex("怎么样|咋样|如何了|怎样了|进度|哪一步|到哪步|到哪|处理(得|的)?(怎么样|好|完)|有(结果|消息|进展|回复)|还没(消息|动静|回复|结果|处理|好|退|到账|收到|发|寄|开|改)|(发|寄|退|开|改|修|赔|补|收到|到账|处理|审核|同意|通过|办)(好|完)?了(吗|没|么|嘛)|(收到|到账)(吗|没)|钱(到|发)了?(吗|没|么|嘛)|发了(吗|没|嘛)|寄了(吗|没)|寄出(来)?(了)?没|好了(吗|没)|办(好|完)了?(吗|没)|呢$|结果|什么时候(能|才)?(退|到账|发|寄|开|好|处理)|多久(能|才)?(退|到账|发|寄|好|处理)")]
    private static partial Regex Status();

    [GeneratedRegex("怎么样|进度|到哪|处理|有(结果|消息|进展)|还没|发了|寄了|寄出|办(好|完)|好了|呢|结果|没(动静|消息)|(了|好)(吗|没|么)|查(一)?下|没(给|收到|开|发)")]
    private static partial Regex StatusOrBare();

    /// <summary>"圆通到了我直接拒收行不行 还是要寄回": whether a parcel may be refused, a policy question, not a return's status.</summary>
    [GeneratedRegex("(拒收|拒签)(行不行|行吗|可以吗|可不可以|成吗|好吗|就行吗)|(能|可以|能不能|可不可以)(直接)?(拒收|拒签)")]
    private static partial Regex RefusingDeliveryAsked();

    /// <summary>"要寄回去吗 寄到哪": where a return goes, the return address, not where a parcel sent back stands.</summary>
    [GeneratedRegex("(寄|退|发)(回)?(到|去)哪(里|儿|个地址)?(?![了呢]|一步)")]
    private static partial Regex ReturnAddressAsked();

    /// <summary>"退款成功了 钱还没到": money the platform already paid back, which the refund answers follow from the order export.</summary>
    [GeneratedRegex("成功|没(有)?到账|还没到|没收到(钱|退款)|不到账")]
    private static partial Regex MoneyMissing();

    [GeneratedRegex("(我|想|帮我|给我|麻烦)(要|想)?(再)?(申请|办理?)?(退款|退货|换货|补发|开发票|开票|开个|改地址|改一下地址|修)(?!了)|怎么(申请|退|换|弄|办)|能不能|可不可以|可以(退|换|补|开|改)")]
    private static partial Regex NewRequest();
}

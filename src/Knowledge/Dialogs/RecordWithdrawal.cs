using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Words by which a buyer takes back a record written earlier, of any kind, and what they want instead:
/// "换货不用了 颜色也能接受", "电话不改了 还用原来的", "发票不要了", "补偿不要了 我还是退货吧", "不要补发了 直接退款吧",
/// "还是换货吧 不退了", "快递到了 不用催了", "找到了 不用查了", "不用修了". Read on the compact, Simplified text; the
/// records themselves decide whether there is anything to take back.
/// </summary>
public static partial class RecordWithdrawal
{
    /// <summary>What a line takes back, the field when it is a change of the receiver's details, and the wish instead.</summary>
    /// <param name="TakenBack">The kinds of record the line takes back, the one named first.</param>
    /// <param name="Phone">True when only the receiver's phone is kept as it was ("电话不改了").</param>
    /// <param name="Instead">The remedy wanted instead: return, exchange, compensation, or a refund (money back).</param>
    /// <param name="Address">True when only the address is kept as it was ("地址不改了"), nothing said of the phone.</param>
    public sealed record Reading(IReadOnlyList<CaseKind> TakenBack, bool Phone, CaseKind? Instead, bool Address = false);

    /// <summary>Withdrawals read, per text: a turn asks it of the same line from several checks.</summary>
    private static readonly TextMemory<Reading?> Readings = new();

    /// <summary>The withdrawal the line says, or null when it takes nothing back.</summary>
    public static Reading? Read(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return Readings.GetOrAdd(compactText, ReadWithdrawal);
    }

    private static Reading? ReadWithdrawal(string text)
    {
        var taken = new List<CaseKind>();
        var phone = false;
        var address = false;
        if (ExchangeOff().IsMatch(text))
        {
            taken.Add(CaseKind.Exchange);
        }

        if (ReturnOff().IsMatch(text))
        {
            taken.Add(CaseKind.Return);
        }

        if (CompensationOff().IsMatch(text))
        {
            taken.Add(CaseKind.Compensation);
        }

        if (ReshipOff().IsMatch(text))
        {
            taken.Add(CaseKind.Reship);
        }

        if (InvoiceOff().IsMatch(text))
        {
            taken.Add(CaseKind.InvoiceRequest);
        }

        if (PhoneOff().IsMatch(text))
        {
            taken.Add(CaseKind.AddressChange);
            phone = !AddressOff().IsMatch(text);
        }
        else if (AddressOff().IsMatch(text))
        {
            taken.Add(CaseKind.AddressChange);
            address = true;
        }

        // "快递到了 不用催了", "找到了 不用查了", "不用修了": the hurry, the courier check or the repair asked earlier.
        if (HurryOff().IsMatch(text))
        {
            taken.AddRange([CaseKind.HurryNote, CaseKind.UrgentNote, CaseKind.LogisticsFollowUp]);
        }

        if (TraceOff().IsMatch(text))
        {
            taken.AddRange([CaseKind.LogisticsFollowUp, CaseKind.LostParcel]);
        }

        if (RepairOff().IsMatch(text))
        {
            taken.Add(CaseKind.Repair);
        }

        if (taken.Count == 0)
        {
            return null;
        }

        // The wish instead is read where no taking back is said: "不退了 换货吧" wants the exchange, "不换了" none.
        var rest = text;
        foreach (var off in new[] { ExchangeOff(), ReturnOff(), CompensationOff(), ReshipOff(), InvoiceOff(), PhoneOff(), AddressOff(), HurryOff(), TraceOff(), RepairOff() })
        {
            rest = off.Replace(rest, "|");
        }

        CaseKind? instead = Wish(rest) is { } wish && !taken.Contains(wish) ? wish : null;
        // "不要补发了 退款吧" about a lost parcel changes that case's wish; "不要补发了" alone leaves the courier check standing.
        if (taken.Contains(CaseKind.Reship) && instead is CaseKind.RefundRequest or CaseKind.Return)
        {
            taken.Add(CaseKind.LostParcel);
        }

        return new Reading([.. taken.Distinct()], phone, instead, address);
    }

    /// <summary>"退我盖子的钱", "退那个杯子的钱": part of the money back, which the bot never works out itself.</summary>
    public static bool AsksPartOfTheMoney(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return PartOfTheMoney().IsMatch(compactText);
    }

    private static CaseKind? Wish(string rest)
    {
        if (WantsExchange().IsMatch(rest))
        {
            return CaseKind.Exchange;
        }

        if (WantsReturn().IsMatch(rest))
        {
            return CaseKind.Return;
        }

        if (WantsCompensation().IsMatch(rest))
        {
            return CaseKind.Compensation;
        }

        return WantsRefund().IsMatch(rest) ? CaseKind.RefundRequest : null;
    }

    private const string No = "(?:不用|不要|不想|别|不需要|不)(?:再)?";
    private const string Dropped = "(?:不用了|不要了|不需要了|算了|取消|撤销|撤回|撤掉|作废|免了)";
    private const string Cancel = "(?:取消|撤销|撤回|撤掉|作废)(?:掉)?(?:之前|刚才|上次|前面)?(?:的)?(?:登记|申请)?的?";

    [GeneratedRegex(No + "换(?:货)?了|换货(?:申请|的申请|登记)?(?:就|也|还是)?" + Dropped + "|" + Cancel + "换货|不换货|也不换|不换(?:也|了)")]
    private static partial Regex ExchangeOff();

    [GeneratedRegex(No + "退(?:货)?了|退货(?:申请|的申请|登记)?(?:就|也|还是)?" + Dropped + "|" + Cancel + "退货|不退货|也不退|不退(?:也|了)")]
    private static partial Regex ReturnOff();

    [GeneratedRegex("(?:不用|不要|不需要|不想要)(?:再)?(?:补偿|赔偿|赔)|不(?:补偿|赔偿|赔)了|(?:补偿|赔偿)(?:的钱|款)?(?:就|也|还是)?" + Dropped + "|" + Cancel + "(?:补偿|赔偿)")]
    private static partial Regex CompensationOff();

    [GeneratedRegex("(?:不用|不要|别|不需要)(?:再)?(?:补发|补寄|重发)|不(?:补发|补寄|重发)了|(?:补发|补寄|重发)(?:就|也|还是)?" + Dropped + "|" + Cancel + "(?:补发|补寄)")]
    private static partial Regex ReshipOff();

    [GeneratedRegex("发票(?:申请)?(?:就|也|还是)?(?:" + Dropped + "|不开了|不用开了|不要开了)|" + No + "(?:开)?(?:发票|开票)了?|不开(?:发)?票了|" + Cancel + "(?:发票|开票)")]
    private static partial Regex InvoiceOff();

    [GeneratedRegex("(?:电话|手机号?|号码)[^，。,.|]{0,2}?(?:不用|不要|不|别)(?:再)?(?:改|换)了|用原来的?1[3-9][0-9]{9}|(?:电话|手机号?|号码)(?:还是|就)(?:用)?原来|(?<!地址)(?:还是|就)用原来的?(?:电话|手机号?|号码|号)|改(?:电话|手机号?|号码)的?(?:申请)?(?:就)?" + Dropped)]
    private static partial Regex PhoneOff();

    [GeneratedRegex("地址(?:就|也)?(?:不用|不要|不|别)(?:再)?(?:改|换)了|地址(?:还是|就)(?:用|按|寄|发)?原来|(?:还是|就)(?:寄|送|发)(?:到|回)?原(?:来的?)?地址|(?:按|用)原(?:来的?)?地址|改地址的?(?:申请)?(?:就)?" + Dropped)]
    private static partial Regex AddressOff();

    [GeneratedRegex("(?:不用|不要|别|不需要|先别)(?:再)?(?:帮我)?催(?:了|啦)|不催了|催(?:发货|物流|快递)?的?(?:就|也)?" + Dropped)]
    private static partial Regex HurryOff();

    [GeneratedRegex("(?:不用|不要|别|不需要|先别)(?:再)?(?:帮我)?(?:查|追|核实)(?:了|啦)|不查了|(?:查件|查快递|查物流)(?:就|也)?" + Dropped)]
    private static partial Regex TraceOff();

    [GeneratedRegex("(?:不用|不要|别|不需要|先别)(?:再)?(?:帮我)?修(?:理)?(?:了|啦)|不修了|维修(?:申请)?(?:就|也)?" + Dropped + "|" + Cancel + "维修")]
    private static partial Regex RepairOff();

    [GeneratedRegex("退(?:我|给我)?(?:那个|那|这个|这|一个)?(?!我的)[一-龥]{1,4}的钱")]
    private static partial Regex PartOfTheMoney();

    [GeneratedRegex("(?<!不|别|不用|不要)(?:还是|改成|改为|换成|就)?(?:换货|换个新的|换一个|换一件|换新)(?:吧|就行|好了)?")]
    private static partial Regex WantsExchange();

    [GeneratedRegex("(?<!不|别|不用|不要)(?:还是|改成|改为|就)?(?:退货|退掉|退了吧|退回去|寄回去退)")]
    private static partial Regex WantsReturn();

    [GeneratedRegex("(?<!不|别|不用|不要)(?:补偿|赔)(?:点|一点|一下|些)?(?:吧|就行|好了)")]
    private static partial Regex WantsCompensation();

    [GeneratedRegex("(?<!不|别|不用|不要)(?:直接|还是|改成|改为|就)?(?:退款|退钱|把钱退)")]
    private static partial Regex WantsRefund();
}

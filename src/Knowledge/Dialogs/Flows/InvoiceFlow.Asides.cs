using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// What a buyer says inside the invoice flow beside the fields: "多久能开", "周五前能开好吗", "财务等着报销" (the policy's
/// time, the date kept for finance), "是商行 不是商店" (the title confirmed), "税号在订单备注里" (read from the order's
/// note, or said once that it is not there), "重开一张" (the wrong one voided, said once), a tax number that failed its
/// check, said and reminded once, after which the request is recorded for a colleague to check rather than asked again.
/// </summary>
public sealed partial class InvoiceFlow
{
    private const string DeadlineKey = "deadline";
    private const string UrgentKey = "urgent";
    private const string TaxToldKey = "tax_told";
    private const string TaxSaid = "said";
    private const string TaxReminded = "reminded";

    /// <summary>A corrected tax number that fails its check again: said so, and taken for a colleague to verify.</summary>
    private const string StillInvalidTemplate = "invoice.tax_still_invalid";
    private const string TaxNoteKey = "tax_in_note";
    private const string ReissueToldKey = "reissue_told";
    private const string SameEmailKey = "same_email";

    /// <summary>Why a person is called when the tax number is in the order's note and the bot finds none there.</summary>
    public const string TaxFromNote = "invoice_tax_from_note";

    /// <summary>
    /// "周五前能开好吗", "报销这周五截止", "财务等着报销", "多久能开": the date or the hurry is kept for the record, and the
    /// time is said unless the record made this turn says it anyway.
    /// </summary>
    private static void TellTime(FlowContext context, bool recording)
    {
        var values = context.State.Values;
        if (DeadlineSaid(context) is { } deadline)
        {
            values[DeadlineKey] = SaidDates.Format(deadline);
            context.Say("invoice.deadline", new Dictionary<string, string?> { [TemplateSlots.Date] = values[DeadlineKey] });
            return;
        }

        if (Hurried().IsMatch(context.Compact) && !values.ContainsKey(UrgentKey))
        {
            values[UrgentKey] = "yes";
            context.Say("invoice.urgent");
            return;
        }

        // "多久能好" while a paper invoice waits for its tax number: its time and post, before the number is asked again.
        if (!recording && TimingAsked().IsMatch(context.Compact))
        {
            context.Say(values.ContainsKey(PaperKey) ? "invoice.timing_paper" : "invoice.timing_electronic");
        }
    }

    /// <summary>"多久能开", "周五截止", "财务等着报销": about the time, which the flow answers, never a failed turn.</summary>
    private static bool AboutTime(FlowContext context) =>
        DeadlineSaid(context) is not null || Hurried().IsMatch(context.Compact) || TimingAsked().IsMatch(context.Compact);

    /// <summary>
    /// The day the buyer needs the invoice by: a date said as a deadline, or "月底要报销", "月底前报账" (the last day of this
    /// month, which only the invoice reads as a day: elsewhere 月底 fixes none).
    /// </summary>
    private static DateOnly? DeadlineSaid(FlowContext context)
    {
        if (context.Facts.Cues.Deadline is { } deadline)
        {
            return deadline;
        }

        if (!MonthEnd().IsMatch(context.Compact))
        {
            return null;
        }

        var today = ShanghaiTime.DateOf(context.Services.Time.GetUtcNow());
        return new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month));
    }

    /// <summary>The notes for finance of a deadline or hurry the buyer gave.</summary>
    private static IEnumerable<string> TimeNotes(Dictionary<string, string> values)
    {
        if (values.GetValueOrDefault(DeadlineKey) is { } date)
        {
            yield return $"买家{date}前报销要用，请尽快开出";
        }
        else if (values.ContainsKey(UrgentKey))
        {
            yield return "买家报销着急，请尽快开出";
        }
    }

    /// <summary>"开错了 重开": the apology, the wrong one voided by a colleague and the time, said once before the missing fields.</summary>
    private static void TellReissueOnce(FlowContext context)
    {
        var values = context.State.Values;
        if (values.ContainsKey(ReissueKey) && !values.ContainsKey(ReissueToldKey)
            && !context.Replies.Any(r => r.TemplateId.StartsWith("invoice.reissue", StringComparison.Ordinal)))
        {
            values[ReissueToldKey] = "yes";
            context.Say("invoice.reissue_taken");
        }
    }

    /// <summary>
    /// "是商行 不是商店 别写错", "没写错吧": the title as held is said back, never a failed turn nor a handover; true when
    /// the message confirms the title.
    /// </summary>
    private static bool ConfirmsTitle(FlowContext context)
    {
        if (context.State.Values.GetValueOrDefault(TitleKey) is not { } title
            || (context.Facts.Invoice?.Title is { } said && !title.Contains(said, StringComparison.Ordinal)))
        {
            return false;
        }

        var part = TitlePart().Match(context.Compact);
        if (!(part.Success && title.Contains(part.Groups["part"].Value, StringComparison.Ordinal)) && !WriteRight().IsMatch(context.Compact))
        {
            return false;
        }

        context.Say("invoice.title_confirmed", new Dictionary<string, string?> { [TemplateSlots.InvoiceTitle] = title });
        return true;
    }

    /// <summary>
    /// "税号写在备注里了": a tax number in the order's note is taken and said back; when the note holds none, that is said
    /// once with the ask for it, and a colleague looks it up once the rest is there.
    /// </summary>
    private static void ReadTaxInNote(FlowContext context, Order order)
    {
        var values = context.State.Values;
        if (values.ContainsKey(TaxKey) || !TaxInNote().IsMatch(context.Compact))
        {
            return;
        }

        var noted = $"{order.BuyerNote} {order.SellerNote}";
        if (InvoiceFields.TaxNumberCandidate(noted) is { } found && InvoiceFields.IsTaxNumber(found))
        {
            values[TaxKey] = found;
            values.Remove(TaxTriedKey);
            context.Say("invoice.tax_from_note", new Dictionary<string, string?> { [TemplateSlots.TaxNumber] = found });
        }
        else if (values.TryAdd(TaxNoteKey, "yes"))
        {
            context.Say("invoice.tax_note_unseen");
        }
    }

    /// <summary>"等下我查查", "好的": the buyer will look the tax number up, so nothing is recorded yet.</summary>
    private static bool WillCheckTax(FlowContext context) =>
        context.Facts.Cues.IsDeferral || Entities.Agreement.IsBare(context.Compact) || LooksItUp().IsMatch(context.Compact);

    /// <summary>"还发原来邮箱": the e-mail of the invoice issued before, which the colleague crediting it has.</summary>
    private static bool SameEmailSaid(string compact) => SameEmail().IsMatch(compact);

    /// <summary>"邮箱一直没收到", "邮件木有收到": an invoice that never came by e-mail, never a parcel.</summary>
    public static bool MailMissing(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return NoMail().IsMatch(compactText);
    }

    [GeneratedRegex("(?<![0-9一二三四五六七八九十上下])(?:这个|本)?月(?:底|末)(?:之前|以前|前)?(?:就|得|要|必须)?(?:报销|报账|交|用|截止)")]
    private static partial Regex MonthEnd();

    [GeneratedRegex("截止|截至|等着(?:报|用|要)|急用|着急|急着|赶时间|催|尽快|快点|赶紧")]
    private static partial Regex Hurried();

    [GeneratedRegex("是(?<part>[\\u4e00-\\u9fff]{2,6}?)(?:[，,\\s]*)不是|(?<part>[\\u4e00-\\u9fff]{2,6}?)(?:没错|对的|才对)")]
    private static partial Regex TitlePart();

    [GeneratedRegex("别写错|不要写错|别弄错|别搞错|别打错|写对|没写错吧|写错了吗|对不对")]
    private static partial Regex WriteRight();

    [GeneratedRegex("(?:税号|稅號).{0,8}(?:备注|備註|留言)|(?:备注|備註|留言)(?:里|裡|上)?.{0,6}(?:税号|稅號)")]
    private static partial Regex TaxInNote();

    [GeneratedRegex("我(?:再)?(?:查|找|看|问|核对|对一下|去)|问问|查查|找找|稍等|等下|等等|等一下|晚点|回头|马上发")]
    private static partial Regex LooksItUp();

    [GeneratedRegex("(?:原来|之前|以前|上次|原|老|那个)的?邮箱|同一个邮箱|邮箱(?:不变|一样|照旧|还是那个)|还是那个邮箱")]
    private static partial Regex SameEmail();

    [GeneratedRegex("(?:邮箱|郵箱|邮件|郵件)[^，,。？?]{0,6}(?:没|沒|木有|没有|沒有)(?:有)?(?:收到|到|见|看到)|(?:没|沒|木有)(?:收到|看到)(?:邮件|郵件|发票邮件)")]
    private static partial Regex NoMail();
}

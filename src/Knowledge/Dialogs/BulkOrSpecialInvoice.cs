using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A wholesale or bulk price ("能批发吗", "买20套能便宜吗", "公司要买50个") and a special VAT invoice (专票) are for colleagues who can
/// quote or issue them: the buyer is told so and handed over with the reason, never a hurry or quality menu, the
/// no-bargaining text or the ordinary invoice questions. A count given is not asked again, and a company invoice asked
/// beside a bulk order is answered in the same reply.
/// </summary>
public static partial class BulkOrSpecialInvoice
{
    public const string WholesaleReason = "wholesale_quote";
    public const string SpecialInvoiceReason = "special_invoice";

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        var (template, reason) = SpecialInvoice().IsMatch(compact) && !NotSpecial().IsMatch(compact) ? ("presale.special_invoice", SpecialInvoiceReason)
            : Many().IsMatch(compact) && (Price().IsMatch(compact) || Ahead().IsMatch(compact)) ? ("presale.wholesale_counted", WholesaleReason)
            : Wholesale().IsMatch(compact) ? ("presale.wholesale", WholesaleReason)
            : (null, null);
        if (template is null || reason is null)
        {
            return false;
        }

        context.State.ClearClarification();
        context.State.EndFlow();
        // The order named with the 专票 stays in focus for an ordinary invoice asked for instead while queued.
        if (OrderResolver.Named(context) is [var named])
        {
            context.State.LastOrderNumber = named.OrderNumber;
        }

        context.Say(template);
        if (reason == WholesaleReason && AsksInvoice().IsMatch(compact))
        {
            context.Say("presale.bulk_invoice");
        }

        context.NeedPerson(reason);
        return true;
    }

    /// <summary>"还要开公司的发票" while the bulk quote waits for a colleague: a company invoice is free, with its full name and tax number.</summary>
    public static bool TryAnswerBesideQuote(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        if (!(context.Told("presale.wholesale", null) || context.Told("presale.wholesale_counted", null)) || context.Told("presale.bulk_invoice", null)
            || !AsksInvoice().IsMatch(compact) || SpecialInvoice().IsMatch(compact))
        {
            return false;
        }

        context.Say("presale.bulk_invoice");
        return true;
    }

    /// <summary>"不对 普票就行 …" after the 专票 was handed over: an ordinary invoice, which the bot takes down itself.</summary>
    public static bool TurnsToOrdinary(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.ActiveFlow is null && context.State.Told("presale.special_invoice", null)
            && (NotSpecial().IsMatch(context.Compact) || (Ordinary().IsMatch(context.Compact) && !SpecialInvoice().IsMatch(context.Compact)));
    }

    [GeneratedRegex("普票|普通发票|电子(发)?票|电子的")]
    private static partial Regex Ordinary();

    [GeneratedRegex("专票|专用发票|增值税专|增票")]
    private static partial Regex SpecialInvoice();

    /// <summary>"不要专票 普票就行": the ordinary invoice.</summary>
    [GeneratedRegex("(不要|不用|不需要|不开)(开)?(专票|专用)|普票就|(普票|普通发票)(和|或|或者|还是|、|/)?(专票|专用发票)(都|哪个都|随便)|(专票|专用发票)(和|或|或者|还是|、|/)?(普票|普通发票)(都|哪个都|随便)")]
    private static partial Regex NotSpecial();

    [GeneratedRegex("批发|批量|拿(点|些)?货|进(点|些)?货|自己开(的)?(个|家)?(杂货铺|小店|店|铺子|超市)|(数|要的|拿的|采购|订)量(大|多)|量大(能|可以|有|便宜|优惠|的话)|开.{0,3}(超市|小卖部|便利店|门店)|大量(买|采购|购买|订)|团购|集采|(公司|单位|企业)(采购|统一买|发福利)")]
    private static partial Regex Wholesale();

    /// <summary>A quantity far past a household's: twenty or more pieces in one go.</summary>
    [GeneratedRegex("([2-9]\\d|[1-9]\\d{2,}|二十|三十|四十|五十|上百|一百|几十|两百|二百)(多)?(套|件|个|份|条|双|只|盒|包|箱|打|组|提)")]
    private static partial Regex Many();

    /// <summary>"公司要买50个", "年会想订50个": an order still to be placed, never goods bought already.</summary>
    [GeneratedRegex("(要|想|打算|准备|需要|计划|再)(订|定|买|采购|拿|下单|团)|(年会|团建|公司|单位|企业|员工)(想|要|准备|打算)?(订|定|采购)(?!了)")]
    private static partial Regex Ahead();

    [GeneratedRegex("发票|开票")]
    private static partial Regex AsksInvoice();

    [GeneratedRegex("便宜|优惠|价|打折|折扣|多少钱|啥价|什么价|少点|报价")]
    private static partial Regex Price();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>"多久能开出来" asked while the invoice is being taken down or right after; "还没收到货 现在能开吗".</summary>
public sealed partial class InvoiceFlow
{
    /// <summary>
    /// Says when the invoice being taken down is issued and where it goes (the e-mail, or posted free for paper); false
    /// when the question is not about the time.
    /// </summary>
    public static bool TellsTiming(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!TimingAsked().IsMatch(context.Compact) && !ArrivalAsked().IsMatch(context.Compact))
        {
            return false;
        }

        var paper = context.State.Values.ContainsKey(PaperKey);
        context.Say(paper && ArrivalAsked().IsMatch(context.Compact) ? "invoice.arrival_paper" : paper ? "invoice.timing_paper" : "invoice.timing_electronic");
        return true;
    }

    /// <summary>
    /// "大概多久能开好" right after an invoice was recorded or answered: the time for that request and where it goes (the
    /// e-mail, or the order's address for paper), never the whole invoice policy with its paper-invoice post; "寄到收货地址那
    /// 多久能到手" about a paper one: the days to issue it and the courier's days after, never only that it is paper. "财务催得紧
    /// 先这样登记吧": the request stands as recorded and the hurry is heard. "邮费谁出": that request's post.
    /// </summary>
    public static async Task<bool> TellsTimingAfterAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastFlow != IntentIds.Invoice || state.LastOrderNumber is not { } number
            || !(TimingAsked().IsMatch(context.Compact) || ArrivalAsked().IsMatch(context.Compact) || DeadlineSaid(context) is not null || PressesAfterRecord().IsMatch(context.Compact) || AsksPostage(context.Compact) || FeeAsked().IsMatch(context.Compact))
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order
            || await OpenRequestAsync(context, number, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            return false;
        }

        // "报销这周五截止 来得及吗": the date is said back with the time; whether it is met is finance's, never promised.
        var slots = new Dictionary<string, string?>(Slots(context, order, request.InvoiceTitle, request.Email ?? "原来的邮箱"))
        {
            [TemplateSlots.Date] = DeadlineSaid(context) is { } deadline ? Entities.SaidDates.Format(deadline) : null,
        };
        // "开票不用加税点吧", "要额外收钱不" right after the invoice was recorded: it is free, said in a line, never a fallback.
        var arrival = ArrivalAsked().IsMatch(context.Compact);
        if (FeeAsked().IsMatch(context.Compact) && !AsksPostage(context.Compact) && !TimingAsked().IsMatch(context.Compact) && !arrival && DeadlineSaid(context) is null)
        {
            context.Say("invoice.free_recorded", slots);
            return true;
        }

        // "寄到收货地址就行 邮费谁出": that request's post, the shop's for paper, none for an electronic one.
        if (AsksPostage(context.Compact) && !TimingAsked().IsMatch(context.Compact) && !arrival && DeadlineSaid(context) is null)
        {
            context.Say(IsPaper(request) ? "invoice.postage_recorded_paper" : "invoice.postage_recorded_electronic", slots);
            return true;
        }

        context.Say(DeadlineSaid(context) is not null ? "invoice.deadline_recorded"
            : arrival && IsPaper(request) ? "invoice.arrival_recorded_paper"
            : !TimingAsked().IsMatch(context.Compact) && !arrival ? "invoice.urgent_recorded"
            : IsPaper(request) ? "invoice.timing_recorded_paper" : "invoice.timing_recorded", slots);
        return true;
    }

    /// <summary>
    /// "四件套还没收到 现在能开吗" with no flow running, about an invoice (named, or the one just talked about): the
    /// invoice question, which the flow answers first (an invoice does not wait for the goods), never the parcel.
    /// </summary>
    public static bool AsksBeforeReceipt(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        return state.ActiveFlow is null && NotReceivedYet().IsMatch(context.Compact) && IssueNowAsked().IsMatch(context.Compact)
            && (state.LastFlow == IntentIds.Invoice || context.Compact.Contains("票", StringComparison.Ordinal));
    }

    /// <summary>"还没收到" beside "现在能开吗": one invoice question, never a parcel to track besides (the splitter asks).</summary>
    public static bool IsBeforeReceiptQuestion(string compactText)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        return NotReceivedYet().IsMatch(compactText) && IssueNowAsked().IsMatch(compactText);
    }

    [GeneratedRegex("(多久|多长时间|几天|哪天|什么时候|啥时候|何时|要等多久).{0,4}(开|出(?!库)|好|收到|发(?!货))|(开|出)(出来|好).{0,3}(要|得)?(多久|几天|多长时间)")]
    private static partial Regex TimingAsked();

    /// <summary>"多久能到手", "几天能寄到", "什么时候能收到", "多久到": when the invoice is in the buyer's hands, not only issued.</summary>
    [GeneratedRegex("(多久|多长时间|几天|哪天|什么时候|啥时候|何时|要等多久|多少天)[^，。,]{0,4}(到手|拿到|收到|寄到|能到|到(?:吗|呢|啊|$))|到手(要|得|需要)?(多久|几天|多长时间)")]
    private static partial Regex ArrivalAsked();

    /// <summary>"财务那边催得紧 先这样登记吧" once the request is recorded: it stands, and the hurry is heard.</summary>
    [GeneratedRegex("催得|着急|急用|急着|尽快|赶紧|先这样|就这样登记|先登记|登记吧")]
    private static partial Regex PressesAfterRecord();

    [GeneratedRegex("(还)?没(有)?(收到|到货|签收|收货|拿到)|还没到|(收货|到货|签收|确认收货)(之前|以前|前)")]
    private static partial Regex NotReceivedYet();

    [GeneratedRegex("(现在|先|提前|这会)?(就)?(能|可以|能不能|可不可以)(先)?开(发票|票)?(吗|嘛|么|不|了吗)?|开得了|能开不|用等(收货|到货)")]
    private static partial Regex IssueNowAsked();

    [GeneratedRegex("税点|税费|手续费|加钱|收钱|另收|另外收|额外(收|加|付|出|交)|收费|要钱|付钱|交钱|免费|花钱|出钱")]
    private static partial Regex FeeAsked();
}

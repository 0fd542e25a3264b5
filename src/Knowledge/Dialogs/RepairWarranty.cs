using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "能保修吗 要我寄回去还是你们直接换个新的", "是修还是换新的啊", "能修不 寄回去的运费谁出", "运费我可不想出": a question
/// about the repair recorded for the order (its postage or cost too, unless a return is named), answered
/// from the repair-warranty policy (free repair within the warranty, the shop pays the postage both ways, a colleague
/// decides from the photos how it is settled and tells the buyer where to send it). Never a remedy chosen, never a
/// parcel taken as sent back, which the buyer has not said. A repair at home asked for ("能派人上门修吗") is told
/// there is none, with what sending it back costs (nothing).
/// </summary>
internal static partial class RepairWarranty
{
    private const string Template = "repair.warranty_in_case";
    public const string NoOnSiteTemplate = "repair.no_onsite_in_case";
    private const string PostageAgainTemplate = "repair.postage_again";
    private const string RepairDaysTemplate = "listen_followups.repair_days";
    private const string WarrantyToldTemplate = "quality_return.warranty_answer";

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        // "还是直接给我换个新的吧": a new one asked for instead of the repair, which the quality flow keeps and hands over.
        var onSite = OnSite().IsMatch(compact);
        if (!(Asked().IsMatch(compact) || onSite || (Postage().IsMatch(compact) && !OtherReturn().IsMatch(compact))) || !AsQuestion().IsMatch(compact) || NewOneWanted().IsMatch(compact) || context.State.LastOrderNumber is not { } focus
            || await OpenCases.FindAsync(context, focus, cancellationToken, CaseKind.Repair).ConfigureAwait(false) is null
            || context.Services.Orders.Find(context.Input.BuyerId, focus) is not { } order)
        {
            return false;
        }

        context.State.ClearClarification();
        context.State.EndFlow();
        // "能派人上门修吗 寄回去太麻烦了": there is no repair at home, and sending it back costs the buyer nothing.
        // "不上门的话寄回去运费谁出" after the postage was told: the postage alone, not the whole warranty again.
        var postageTold = !onSite && !Asked().IsMatch(compact) && (context.Told(NoOnSiteTemplate, focus) || context.Told(Template, focus) || context.Told(WarrantyToldTemplate, focus));
        context.Say(onSite ? NoOnSiteTemplate : postageTold ? PostageAgainTemplate : Template, context.SlotsOf(order));
        // "寄回去修要多久 来回运费你们出吧": how long the repair takes is answered beside the postage, never dropped.
        if (CaseQuestion.AsksDays(compact))
        {
            context.Say(RepairDaysTemplate, context.SlotsOf(order));
        }

        return true;
    }

    /// <summary>"能不能派个师傅上门修", "上门维修有吗": a repair at the buyer's home asked for.</summary>
    public static bool AsksOnSite(string compact) => OnSite().IsMatch(compact ?? string.Empty);

    /// <summary>"这个保修不", "能保修吗": the warranty is asked about, which the answer says before anything else.</summary>
    public static bool AsksWarranty(string compact) => Warranty().IsMatch(compact ?? string.Empty) && AsQuestion().IsMatch(compact ?? string.Empty);

    [GeneratedRegex("保修|保不保")]
    private static partial Regex Warranty();

    [GeneratedRegex("保修|保不保|修还是换|换还是修|是修|给修|维修还是|换新还是|还是.{0,10}换(个|一个)?新|寄回去?还是|能修(?!改)|可以修(?!改)|修得好|能不能修|修不修")]
    private static partial Regex Asked();

    /// <summary>"能派人上门修吗", "师傅能来家里修不", "上门维修有吗": a repair at the buyer's home asked for.</summary>
    [GeneratedRegex("上门(来)?(修|维修|检修|看|服务)|(派|安排|叫|找)(个)?(人|师傅|维修工|维修师傅)(上门|来|过来|到家)?(修|看|维修)|(来|到)(我)?家(里)?(来)?(修|维修|看看)|师傅(上门|来|过来)")]
    private static partial Regex OnSite();

    /// <summary>"要寄回去的话运费谁出", "寄回去的运费我可不想出", "邮费点计": the repair's postage or cost.</summary>
    [GeneratedRegex("运费|邮费|快递费|(要|收|花)(钱|费)|收费|多少钱")]
    private static partial Regex Postage();

    /// <summary>"退货运费谁出": a return asked about beside the repair, which the return rules answer.</summary>
    [GeneratedRegex("退货|退款|退钱|退回|无理由")]
    private static partial Regex OtherReturn();

    [GeneratedRegex("(直接|给我|帮我)(给我)?换(个|一个)?新|换(个|一个)?新的?(吧|就行|就好|算了)")]
    private static partial Regex NewOneWanted();

    [GeneratedRegex("吗|么|嘛|还是|呢|吧|啊|不|谁|咋算|怎么算|多少|\\?|？")]
    private static partial Regex AsQuestion();
}

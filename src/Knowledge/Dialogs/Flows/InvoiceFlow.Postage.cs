using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "邮费谁出", "寄过来要运费吗" about the invoice: a paper one is posted by the shop at its cost and an electronic one is
/// not posted at all, never the return postage of goods; "寄到我收货地址就行" is a paper invoice to the order's address.
/// </summary>
public sealed partial class InvoiceFlow
{
    /// <summary>While the flow waits, a question about the invoice's postage only: said, and the flow asks again.</summary>
    public static bool TellsPostage(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!AsksPostage(context.Compact))
        {
            return false;
        }

        context.Say("invoice.postage");
        return true;
    }

    /// <summary>"寄到我收货地址就行 邮费谁出" while the flow waits: where the paper invoice goes, a field the flow takes.</summary>
    public static bool SendsToOrderAddress(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.ActiveFlow == IntentIds.Invoice && ToOrderAddressSaid(context);
    }

    private static bool ToOrderAddressSaid(FlowContext context) =>
        context.Facts.Invoice?.Medium is null && context.Facts.Address is null && ToOrderAddress().IsMatch(context.Compact);

    /// <summary>The postage asked beside the fields, unless this turn already says it (a paper invoice taken or recorded).</summary>
    private static void TellPostage(FlowContext context, bool recording)
    {
        if (!AsksPostage(context.Compact) || (recording && context.State.Values.ContainsKey(PaperKey))
            || context.Replies.Any(r => r.TemplateId.StartsWith("invoice.paper", StringComparison.Ordinal) || r.TemplateId == "invoice.postage"))
        {
            return;
        }

        context.Say("invoice.postage");
    }

    private static bool AsksPostage(string compact) => PostageAsked().IsMatch(compact) && !GoodsSentBack().IsMatch(compact);

    [GeneratedRegex("(?:邮费|运费|快递费|邮寄费|寄费)(?:用|要|得|是)?(?:谁|我|自己|另|多少|怎么|收|付|出|包|免|算|承担)|(?:要|收|另|付|出|加)(?:邮费|运费|快递费)|包邮(?:吗|么|嘛|不)|寄(?:过来|给我)?(?:要钱|收费|收钱|花钱)")]
    private static partial Regex PostageAsked();

    [GeneratedRegex("退货|换货|寄回|退回|退的")]
    private static partial Regex GoodsSentBack();
}

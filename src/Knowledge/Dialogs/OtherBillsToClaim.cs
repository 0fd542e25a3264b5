using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "还有别的东西要报销", "另外几张单子也想一起报" in an invoice conversation: other bills to claim, never goods with a
/// problem. The shop's other orders are invoiced one by one at what was paid, once the buyer says which.
/// </summary>
public static partial class OtherBillsToClaim
{
    /// <summary>
    /// A line that claims other things' expenses beside this invoice ("别的东西想一起报"), with no defect named; "月底要报销"
    /// alone is why this invoice is wanted, which the invoice flow answers.
    /// </summary>
    public static bool Mentions(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var compact = CompactText.Of(normalizedText);
        return Reimburses().IsMatch(compact) && OtherThings().IsMatch(compact) && !QualityProblems.NamesAProblem(normalizedText);
    }

    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var aboutInvoice = state.ActiveFlow == IntentIds.Invoice || (state.ActiveFlow is null && state.LastFlow == IntentIds.Invoice);
        if (!aboutInvoice || !Mentions(context.Normalized) || InvoiceContents.IsAsked(context.Compact) || context.Facts.OrderReferences.Count > 0
            || context.Services.Orders.ExtractOrderNumbers(context.Text).Count > 0)
        {
            return false;
        }

        context.Say("invoice.other_bills");
        return true;
    }

    [GeneratedRegex("别的|其他|其它|另外(几|一些|的)|另几|几张|一起报|一块报|一并报")]
    private static partial Regex OtherThings();

    [GeneratedRegex("报销|报账|一起报|拿去报|(?:要|想|得|能|去|好)报(?!修|警|价|名)")]
    private static partial Regex Reimburses();
}

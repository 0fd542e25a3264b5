using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "10月买的那个台灯能补开发票吗" with no lamp on the account: the invoice rules are answered beside it (free, no time limit,
/// a personal title is the buyer's name), and "要纸质的 寄给我 邮费谁出" next is the paper invoice mailed free, never the
/// return postage.
/// </summary>
public static partial class UnownedGoods
{
    private const string InvoiceRulesTemplate = "invoice.rules_unowned";
    private const string PaperTemplate = "invoice.paper_unowned";

    /// <summary>The invoice rules, when the line that named goods of no order asks for an invoice.</summary>
    private static void SayInvoiceRulesBeside(FlowContext context)
    {
        if (InvoiceAsked().IsMatch(context.Compact))
        {
            context.Say(InvoiceRulesTemplate);
        }
    }

    /// <summary>"要纸质的 寄给我 邮费谁出" after the invoice rules for goods of no order: the paper invoice and its postage.</summary>
    private static bool TellsPaperInvoice(FlowContext context, string told)
    {
        if (!context.Told(InvoiceRulesTemplate, null) || !PaperOrPostage().IsMatch(context.Compact) || ReturnsGoods().IsMatch(context.Compact))
        {
            return false;
        }

        context.State.ClearClarification();
        context.Say(PaperTemplate, Slots(told, []));
        return true;
    }

    /// <summary>
    /// "还有那个电热水壶也一起开了" while an invoice is taken for an order of this account: no such goods on the account,
    /// said plainly with the order number or the account used asked for; the invoice under way goes on, never a menu of
    /// another order's problems.
    /// </summary>
    public static bool TryAnswerBesideInvoice(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow != Intents.IntentIds.Invoice || context.Facts.UnownedProduct is not { } item || item == state.UnownedItem
            || context.Services.Orders.ExtractOrderNumbers(context.Text).Count > 0 || OtherAccount.IsNamed(context)
            || !(InvoiceAsked().IsMatch(context.Compact) || SpeaksAsOwned().IsMatch(context.Compact)))
        {
            return false;
        }

        state.UnownedItem = item;
        state.UnownedAskedFor = state.ActiveFlow;
        context.Say(BesideInvoiceTemplate, Slots(item, Bought(context)));
        return true;
    }

    private const string BesideInvoiceTemplate = "invoice.unowned_beside";

    [GeneratedRegex("发票|开票|专票|普票")]
    private static partial Regex InvoiceAsked();

    [GeneratedRegex("纸质|纸的|纸版|邮费|运费|快递费|寄(给|到)?我|邮寄")]
    private static partial Regex PaperOrPostage();

    [GeneratedRegex("退货|换货|寄回|退回|寄过去|退了")]
    private static partial Regex ReturnsGoods();
}

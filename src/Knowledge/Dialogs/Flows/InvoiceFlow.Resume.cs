using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>Asking again after a question beside the invoice flow ("能开专票吗", "多久能开好").</summary>
public sealed partial class InvoiceFlow
{
    /// <summary>
    /// What to say instead of the step's own question when the buyer already gave what it asks for: a tax number that
    /// failed its check is reminded once as that one (the next message then records it for a colleague to check); one
    /// said to be in the order's note, a title or an e-mail held is never asked for again. Null when nothing was given.
    /// </summary>
    public static string? ResumeWhenGiven(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var values = state.Values;
        if (state.Step == DialogSteps.AskTaxNumber && values.ContainsKey(TaxTriedKey) && !values.ContainsKey(TaxKey)
            && values.GetValueOrDefault(TaxToldKey) != TaxReminded)
        {
            values[TaxToldKey] = TaxReminded;
            return "invoice.tax_reminder";
        }

        var given = state.Step switch
        {
            DialogSteps.AskTaxNumber => values.ContainsKey(TaxKey) || values.ContainsKey(TaxTriedKey) || values.ContainsKey(TaxNoteKey),
            DialogSteps.AskTitle => values.ContainsKey(TitleKey),
            DialogSteps.AskTitleType => values.ContainsKey(TypeKey),
            DialogSteps.AskEmail => values.ContainsKey(EmailKey) || values.ContainsKey(PaperKey) || values.ContainsKey(SameEmailKey),
            _ => false,
        };
        return given ? "dialog.resume" : null;
    }

    /// <summary>
    /// "大概多久能开好" after a tax number that failed its check was said and reminded: the buyer goes on, so the flow
    /// takes the request for a colleague to check the number and says its time, never an aside and a third ask.
    /// </summary>
    public static bool TakesUncheckedTax(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var values = state.Values;
        return state.ActiveFlow == IntentIds.Invoice && state.Step == DialogSteps.AskTaxNumber && values.ContainsKey(TaxTriedKey)
            && !values.ContainsKey(TaxKey) && values.GetValueOrDefault(TaxToldKey) == TaxReminded && TimingAsked().IsMatch(context.Compact);
    }
}

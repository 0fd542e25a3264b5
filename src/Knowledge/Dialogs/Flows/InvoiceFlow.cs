using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// An invoice: never refused, never charged. Collects the title type, the title, a company's tax number (a valid
/// unified social credit code) and the e-mail address, taking whatever the buyer already gave, then records the request.
/// </summary>
public sealed class InvoiceFlow : IDialogFlow
{
    private const string TypeKey = "title_type";
    private const string TitleKey = "title";
    private const string TaxKey = "tax_number";
    private const string EmailKey = "email";

    public string Intent => IntentIds.Invoice;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (!Read(context))
        {
            return;
        }

        var order = OrderResolver.Resolve(context, "invoice", o => o.Status is OrderStatus.AwaitingShipment or OrderStatus.Shipped or OrderStatus.Completed);
        if (order is null)
        {
            return;
        }

        if (order.Status is OrderStatus.AwaitingPayment or OrderStatus.Closed)
        {
            context.Say(order.Status == OrderStatus.Closed ? "track.closed" : "invoice.not_paid", context.SlotsOf(order));
            context.Finish();
            return;
        }

        var company = state.Values.GetValueOrDefault(TypeKey) == nameof(InvoiceTitleType.Company);
        if (!state.Values.ContainsKey(TypeKey))
        {
            Ask(context, "invoice.ask_title_type", DialogSteps.AskTitleType);
            context.Suggest("个人", "公司");
        }
        else if (!state.Values.ContainsKey(TitleKey))
        {
            Ask(context, "invoice.ask_title", DialogSteps.AskTitle);
        }
        else if (company && !state.Values.ContainsKey(TaxKey))
        {
            Ask(context, "invoice.ask_tax_number", DialogSteps.AskTaxNumber);
        }
        else if (!state.Values.ContainsKey(EmailKey))
        {
            Ask(context, "invoice.ask_email", DialogSteps.AskEmail);
        }
        else
        {
            await RecordAsync(context, order, company, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes the answer to the pending question, and any field the buyer volunteered; false when the answer was unusable.</summary>
    private static bool Read(FlowContext context)
    {
        var values = context.State.Values;
        var step = context.State.Step;
        if (InvoiceFields.TitleType(context.Normalized) is { } type && step is null or DialogSteps.AskTitleType)
        {
            values[TypeKey] = type.ToString();
        }

        if (InvoiceFields.Email(context.Text) is { } email)
        {
            values[EmailKey] = email;
        }

        var candidate = InvoiceFields.TaxNumberCandidate(context.Text);
        switch (step)
        {
            case DialogSteps.AskTitleType when !values.ContainsKey(TypeKey):
                return Retry(context, "invoice.ask_title_type");
            case DialogSteps.AskTitle:
                values[TitleKey] = context.Text.Trim() is { Length: > 100 } title ? title[..100] : context.Text.Trim();
                return true;
            case DialogSteps.AskTaxNumber when candidate is null || !InvoiceFields.IsValidCreditCode(candidate):
                return Retry(context, "invoice.invalid_tax_number");
            case DialogSteps.AskTaxNumber:
                values[TaxKey] = candidate;
                return true;
            case DialogSteps.AskEmail when !values.ContainsKey(EmailKey):
                return Retry(context, "invoice.invalid_email");
        }

        // Volunteered early: only a code with a letter in it, so an order number is never taken for a tax number.
        if (candidate is not null && candidate.Any(char.IsAsciiLetter) && InvoiceFields.IsValidCreditCode(candidate))
        {
            values[TaxKey] = candidate;
        }

        return true;
    }

    private static bool Retry(FlowContext context, string templateId)
    {
        context.Say(templateId);
        context.Fail();
        return false;
    }

    private static void Ask(FlowContext context, string templateId, string step)
    {
        context.Say(templateId);
        context.Await(step);
    }

    private static async Task RecordAsync(FlowContext context, Order order, bool company, CancellationToken cancellationToken)
    {
        var values = context.State.Values;
        var type = company ? InvoiceTitleType.Company : InvoiceTitleType.Personal;
        await context.Actions.RequestInvoiceAsync(context.Turn, order.OrderNumber, type, values[TitleKey], values.GetValueOrDefault(TaxKey), values[EmailKey], cancellationToken).ConfigureAwait(false);
        context.Say(company ? "invoice.requested_company" : "invoice.requested", new Dictionary<string, string?>(context.SlotsOf(order))
        {
            [TemplateSlots.InvoiceTitle] = values[TitleKey],
            [TemplateSlots.TaxNumber] = values.GetValueOrDefault(TaxKey),
            [TemplateSlots.Email] = values[EmailKey],
        });
        context.Finish();
    }
}

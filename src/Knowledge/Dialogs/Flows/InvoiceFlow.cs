using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// An invoice: never refused, never charged. The title type, title (a checked name, never the buyer's sentence), a
/// company's tax number, the e-mail and paper or electronic are read from every message of the flow, a later value
/// replacing an earlier one, so only what is still missing is asked for. A paper invoice is posted free to the order's
/// address; a wrong title already issued is re-issued (a person issues the credit note); "发票开了吗" is answered from
/// the buyer's invoice requests on the order.
/// </summary>
public sealed partial class InvoiceFlow : IDialogFlow
{
    public const string Reissue = "invoice_reissue";

    /// <summary>Why a person is called when the buyer says an invoice was asked for and no request is on record.</summary>
    public const string StatusCheck = "invoice_status_check";
    private const string TypeKey = "title_type";
    private const string TitleKey = "title";
    private const string TaxKey = "tax_number";
    private const string EmailKey = "email";
    private const string PaperKey = "paper";
    private const string NameKey = "name_seen";
    private const string ReissueKey = "reissue";
    private const string ReplacesKey = "replaces";
    private const string TaxTriedKey = "tax_tried";
    private const string SelfTitleKey = "self_title";
    private const string OfferedTitleKey = "offered_title";
    private const string ReceiverTitleKey = "receiver_title";

    public string Intent => IntentIds.Invoice;

    public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var first = state.Step is null or DialogSteps.ChooseOrder or DialogSteps.AskOrder;
        var answersType = state.Step == DialogSteps.AskTitleType;
        var earlierTitle = state.Values.GetValueOrDefault(TitleKey);
        var taxToldBefore = state.Values.GetValueOrDefault(TaxToldKey);
        if (CheckWanted(context))
        {
            return;
        }

        var changed = Read(context);
        var titled = context.Facts.Invoice?.Title is not null && state.Values.GetValueOrDefault(TitleKey) is { } title
            ? new Dictionary<string, string?> { [TemplateSlots.InvoiceTitle] = title }
            : null;
        // "税号 … 麻烦重开" while the order is asked for: the number is said back, so the buyer sees it passed its check.
        var taxed = titled is null && context.Facts.Invoice?.TaxNumber is { } tax && state.Values.GetValueOrDefault(TaxKey) == tax
            ? new Dictionary<string, string?> { [TemplateSlots.TaxNumber] = tax }
            : null;
        var acknowledgement = titled is not null ? "listen.title_noted" : taxed is not null ? "listen.tax_noted"
            : context.Facts.Invoice?.Medium is { } medium && context.Replies.Count == 0 ? (medium == InvoiceMedium.Paper ? "listen.paper_noted" : "listen.electronic_noted") : null;
        if (ChoosingAside.TryTake(context, changed, acknowledgement, titled ?? taxed))
        {
            return;
        }

        if (first && await StatusUnnamedAsync(context, changed, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var held = state.OrderNumber;
        var picking = state.Step == DialogSteps.ChooseOrder && state.Values.ContainsKey(TitleKey);
        var several = first ? TakeSeveral(context) : null;
        var order = several ?? OrderResolver.Resolve(context, "invoice", Invoiceable);
        if (order is null)
        {
            return;
        }

        // "就10月份买的那件T恤" while the invoice is taken on another order: it moves there with what was given, said so.
        if (!first && held is not null && held != order.OrderNumber)
        {
            context.Say("invoice.order_moved", context.SlotsOf(order));
        }
        else if (picking && several is null && context.Replies.Count == 0)
        {
            // "就10月份买的那件T恤" after the title was given beside the list: the order taken is said before what is missing.
            context.Say("invoice.order_picked", context.SlotsOf(order));
        }

        if (order.Status is OrderStatus.AwaitingPayment or OrderStatus.Closed)
        {
            context.Say(order.Status == OrderStatus.Closed ? "track.closed" : "invoice.not_paid", context.SlotsOf(order));
            context.Finish();
            return;
        }

        if (first)
        {
            NoteOthers(context, order);
        }

        // "十月份那件T恤能补开发票吗": no limit, said with the order's payment date (of none in particular when several
        // orders are asked for); "特价商品能开发票吗": yes, every order, free of charge, before anything else.
        if (AsksPeriod(context.Compact))
        {
            if (Others(context).Count > 0)
            {
                context.Say("invoice.period_several");
            }
            else
            {
                SayPeriod(context, order);
            }
        }
        else if (first && CanIssueQuestion().IsMatch(context.Normalized))
        {
            // "还没收到货 现在能开吗": yes, an invoice does not wait for the goods.
            context.Say(NotReceivedYet().IsMatch(context.Compact) ? "invoice.before_receipt" : "invoice.can_issue", context.SlotsOf(order));
        }

        if (first && await EarlierRequestAsync(context, order, changed, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await TakeSameAsBeforeAsync(context, order, cancellationToken).ConfigureAwait(false);

        if (state.Values.ContainsKey(SelfTitleKey) && !state.Values.ContainsKey(TitleKey) && !string.IsNullOrWhiteSpace(order.ReceiverName))
        {
            state.Values[TitleKey] = order.ReceiverName;
        }

        // "个人就行 发邮件 …" answering "个人还是公司": the name on the order is the title, recorded without a second
        // question; the buyer is told whose name it is, so another one can still be given, unless the buyer wrote that name.
        if (answersType && state.Values.GetValueOrDefault(TypeKey) == nameof(InvoiceTitleType.Personal) && !state.Values.ContainsKey(TitleKey)
            && (state.Values.ContainsKey(EmailKey) || state.Values.ContainsKey(PaperKey)) && !string.IsNullOrWhiteSpace(order.ReceiverName))
        {
            state.Values[TitleKey] = order.ReceiverName;
            if (!context.Compact.Contains(order.ReceiverName, StringComparison.Ordinal))
            {
                state.Values[ReceiverTitleKey] = "yes";
            }
        }

        // "纸质发票跟货一起寄吗": the paper invoice is posted on its own once issued, said once; else the paper taken,
        // once, when something is still missing.
        if (state.Values.ContainsKey(PaperKey) && WithTheGoods().IsMatch(context.Compact) && !context.Told("invoice.paper_with_goods", order.OrderNumber))
        {
            context.Say("invoice.paper_with_goods", context.SlotsOf(order));
        }
        else if (state.Step is null && state.Values.ContainsKey(PaperKey) && !Complete(state.Values, taxUnchecked: false)
                 && !context.Told("invoice.paper_ok", order.OrderNumber))
        {
            // A request recorded in this turn says the paper invoice, its post and its cost in its own words.
            context.Say("invoice.paper_ok", context.SlotsOf(order));
        }

        ReadTaxInNote(context, order);
        // A tax number that failed its check is said, then reminded once when the buyer goes on without a new one; going
        // on again ("报销周五截止", "普票就行"), the request is taken with it for a colleague to check, never a third ask.
        // Going on with a paper invoice to the order's address ("要纸质的 寄到收货地址就行") or an e-mail, nothing else is
        // needed from the buyer: it is taken at once, the number asked again beside it.
        var goesOn = taxToldBefore is not null && !state.Values.ContainsKey(TaxKey) && state.Values.ContainsKey(TaxTriedKey)
            && !context.Replies.Any(r => r.TemplateId is "invoice.invalid_tax_number" or "invoice.tax_number_length") && !WillCheckTax(context);
        // Going on with where an electronic one goes ("电子的就行 发…@163.com") finishes the request just as well.
        var givesLastField = context.Facts.Invoice is { } given && (given.Medium == InvoiceMedium.Paper || given.Email is not null);
        var taxUnchecked = goesOn && (taxToldBefore == TaxReminded || givesLastField || context.Replies.Any(r => r.TemplateId == StillInvalidTemplate));
        _ = InvoiceContents.TryAccept(context, order) || InvoiceContents.TryRefuse(context, order);
        TellPostage(context, Complete(state.Values, taxUnchecked));
        var corrected = earlierTitle is not null && state.Values.GetValueOrDefault(TitleKey) is { } now && now != earlierTitle;
        TellTime(context, Complete(state.Values, taxUnchecked));
        TellReissueOnce(context);
        await NextAsync(context, order, corrected, taxUnchecked, cancellationToken).ConfigureAwait(false);
        if (goesOn && state.ActiveFlow == IntentIds.Invoice)
        {
            state.Values[TaxToldKey] = TaxReminded;
        }
    }

    /// <summary>Every field a record needs is there (a tax number left to a colleague counting as there).</summary>
    private static bool Complete(Dictionary<string, string> values, bool taxUnchecked)
    {
        var company = values.GetValueOrDefault(TypeKey) == nameof(InvoiceTitleType.Company);
        return values.ContainsKey(TypeKey) && values.ContainsKey(TitleKey) && (!company || values.ContainsKey(TaxKey) || taxUnchecked)
            && (values.ContainsKey(EmailKey) || values.ContainsKey(PaperKey) || values.ContainsKey(SameEmailKey));
    }

    /// <param name="corrected">The title replaced one given before ("不对 是公司的 …"): said back before the next question.</param>
    /// <param name="taxUnchecked">The tax number failed its check, was said and reminded once, and is recorded for a colleague to check.</param>
    private static async Task NextAsync(FlowContext context, Order order, bool corrected, bool taxUnchecked, CancellationToken cancellationToken)
    {
        var values = context.State.Values;
        var company = values.GetValueOrDefault(TypeKey) == nameof(InvoiceTitleType.Company);
        var complete = Complete(values, taxUnchecked);
        var taxMissing = company && !values.ContainsKey(TaxKey) && !taxUnchecked;
        if (corrected && !complete)
        {
            context.Say(company && values.ContainsKey(TaxKey) ? "invoice.title_corrected_tax" : "invoice.title_corrected", new Dictionary<string, string?>
            {
                [TemplateSlots.InvoiceTitle] = values[TitleKey],
                [TemplateSlots.TaxNumber] = values.GetValueOrDefault(TaxKey),
            });
        }

        if (!values.ContainsKey(TypeKey))
        {
            Ask(context, "invoice.ask_title_type", DialogSteps.AskTitleType);
            context.Suggest("个人", "公司");
        }
        else if (!values.ContainsKey(TitleKey) && !company && context.State.Step != DialogSteps.AskTitle && !string.IsNullOrWhiteSpace(order.ReceiverName))
        {
            // "个人": the name on the order is offered for a yes, never asked for as if the shop did not know it.
            values[OfferedTitleKey] = order.ReceiverName;
            context.Say("invoice.offer_receiver_title", new Dictionary<string, string?> { [TemplateSlots.InvoiceTitle] = order.ReceiverName });
            context.Await(DialogSteps.AskTitle);
        }
        else if (!values.ContainsKey(TitleKey) && !company && context.State.Step == DialogSteps.AskTitle
            && values.GetValueOrDefault(OfferedTitleKey) is { } declined && DeclinesOffer(context.Compact))
        {
            // "不要写兔小白": the name offered is dropped and the name wanted asked for, never "没识别到抬头".
            values.Remove(OfferedTitleKey);
            context.Say("invoice.offer_declined", new Dictionary<string, string?> { [TemplateSlots.InvoiceTitle] = declined });
            context.Await(DialogSteps.AskTitle);
        }
        else if (!values.ContainsKey(TitleKey) && company && TitlePutOff(context))
        {
            // "开公司的吧 抬头跟税号我晚点发你": what is known is recorded as waiting for both, never "没识别到抬头".
            if (!await RecordWaitingAsync(context, order, cancellationToken).ConfigureAwait(false))
            {
                context.Say("invoice.later_waiting", context.SlotsOf(order));
                context.Await(DialogSteps.AskTitle);
            }
        }
        else if (!values.ContainsKey(TitleKey))
        {
            Ask(context, context.State.Step == DialogSteps.AskTitle ? "invoice.ask_title_again" : company ? "invoice.ask_company_title" : "invoice.ask_title", DialogSteps.AskTitle);
        }
        else if (taxMissing && values.ContainsKey(TaxNoteKey) && (values.ContainsKey(EmailKey) || values.ContainsKey(PaperKey) || values.ContainsKey(SameEmailKey)))
        {
            // "税号在备注里" and the note holds none: said once; with the rest there the request is recorded with its
            // title and a colleague looks the number up in the note.
            await RecordAsync(context, order, company, taxUnchecked, cancellationToken).ConfigureAwait(false);
        }
        else if (taxMissing && !values.ContainsKey(TaxNoteKey))
        {
            // The tax number put off and everything else there: recorded as waiting for it.
            if (TaxPutOff(context) && await RecordWaitingAsync(context, order, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            // A tax number that failed its check is reminded as that one ("之前发的那个校验没通过"), never asked as if not given.
            // "电子的 发邮箱 …" while the tax number is still missing: the e-mail is said back with the one thing left.
            // The time ("多久能开", "周五截止"), the re-issue, the title confirmed or switched to a company's ("不对 要开公司的 抬头…")
            // said first still leaves the tax number to ask for.
            var said = context.Replies.Count(r => r.TemplateId is not ("invoice.deadline" or "invoice.urgent" or "invoice.timing_electronic" or "invoice.timing_paper" or "invoice.reissue_taken" or "invoice.title_confirmed" or "invoice.title_corrected"
                or "invoice.contents_goods_refused" or "invoice.contents_amount_refused" or "invoice.order_moved" or "invoice.order_picked" or "invoice.postage"));
            if (said == 0 && SaysWaiting(context, DialogSteps.AskTaxNumber, order))
            {
                said++;
            }

            if (said == 0 && context.Facts.Invoice?.Email is not null && values.GetValueOrDefault(EmailKey) is { } email)
            {
                context.Say(values.ContainsKey(TaxTriedKey) ? "invoice.email_kept_tax_reminder" : "invoice.email_kept_ask_tax", new Dictionary<string, string?> { [TemplateSlots.Email] = email });
                said++;
            }

            // "要纸质的 寄到收货地址就行 多久能开好": the paper invoice is kept, with its time, post and cost, before the tax number.
            if (said == 0 && context.Facts.Invoice?.Medium == InvoiceMedium.Paper && values.ContainsKey(PaperKey))
            {
                context.Say("invoice.paper_kept");
            }

            Ask(context, said > 0 ? null : values.ContainsKey(TaxTriedKey) ? "invoice.tax_reminder" : "invoice.ask_tax_number", DialogSteps.AskTaxNumber);
        }
        else if (!values.ContainsKey(EmailKey) && !values.ContainsKey(PaperKey) && !values.ContainsKey(SameEmailKey))
        {
            // "邮箱晚点发你": the e-mail is waited for, never asked for again in the same turn.
            Ask(context, SaysWaiting(context, DialogSteps.AskEmail, order) ? null : "invoice.ask_email", DialogSteps.AskEmail);
            context.Suggest("要纸质发票");
        }
        else
        {
            await RecordAsync(context, order, company, taxUnchecked, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Ask(FlowContext context, string? templateId, string step)
    {
        if (templateId is not null)
        {
            context.Say(templateId);
        }

        context.Await(step);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>Reading the invoice fields from every message of the flow.</summary>
public sealed partial class InvoiceFlow
{
    /// <summary>"不是科技 是贸易", "把科技改成贸易": a change to part of the title this flow holds.</summary>
    public static bool EditsTitle(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.State.Values.GetValueOrDefault(TitleKey) is { } title && TitleWordEdit.Apply(title, context.Compact) is not null;
    }

    /// <summary>
    /// Takes every field the message holds, each replacing what was given before (a correction overwrites); true when
    /// something changed. An answer that gives nothing to the pending question is marked as a failed turn.
    /// </summary>
    private static bool Read(FlowContext context)
    {
        var values = context.State.Values;
        var step = context.State.Step;
        var facts = context.Facts.Invoice;
        var changed = false;
        // After a failed tax number was said and reminded once, the tax step asks nothing more.
        var askingTax = step == DialogSteps.AskTaxNumber && values.GetValueOrDefault(TaxToldKey) != TaxReminded;
        // Asked "个人还是公司", "个人就行 发邮件 …" answers it however long the line is with the e-mail in it.
        // "公司报销用" before any title type was given names a company invoice; after one, it is only what the invoice is for.
        if ((facts?.TitleType ?? (step == DialogSteps.AskTitleType ? InvoiceFields.TitleType(context.Normalized) : null)
             ?? (values.ContainsKey(TypeKey) ? null : InvoiceFields.ReimbursedByCompany(context.Normalized))) is { } type)
        {
            changed |= Set(values, TypeKey, type.ToString());
            if (facts?.Title is null && values.GetValueOrDefault(TitleKey) is { } title && !TitleFits(title, type))
            {
                values.Remove(TitleKey);
            }
        }

        // "是日杂商行 别写错": a part of the title held confirms it, never replaces it.
        var partOfHeld = facts?.Title is { } part && values.GetValueOrDefault(TitleKey) is { } held && held.Length > part.Length
            && held.Contains(part, StringComparison.Ordinal);
        changed |= !partOfHeld && Set(values, TitleKey, facts?.Title);
        // "不是科技 是贸易": a part of the title given before is replaced, and said back whole.
        if (facts?.Title is null && values.GetValueOrDefault(TitleKey) is { } current && TitleWordEdit.Apply(current, context.Compact) is { } retitled)
        {
            changed |= Set(values, TitleKey, retitled);
            context.Say("listen.title_noted", new Dictionary<string, string?> { [TemplateSlots.InvoiceTitle] = retitled });
        }

        // Asked for the title, "兔小白" (or "写兔大白") is the buyer's own title, a nickname as much as a textbook name.
        if (step == DialogSteps.AskTitle && facts?.Title is null && context.Facts.PersonNames.Count == 0
            && values.GetValueOrDefault(TypeKey) != nameof(InvoiceTitleType.Company)
            && NamedTitle(context.Compact) is { } nickname)
        {
            changed |= Set(values, TypeKey, nameof(InvoiceTitleType.Personal));
            changed |= Set(values, TitleKey, nickname);
        }

        // The name on the order offered as the personal title is taken by "可以", by naming it ("就写兔小白"), or by going on
        // to the next field ("邮箱 …") without turning it down; another name or a company replaces it below.
        if (step == DialogSteps.AskTitle && facts?.Title is null && context.Facts.PersonNames.Count == 0
            && values.GetValueOrDefault(OfferedTitleKey) is { } offered
            && (Entities.Agreement.IsBare(context.Compact)
                || ((context.Compact.Contains(offered, StringComparison.Ordinal) || facts?.Email is not null || facts?.Medium is not null)
                    && !DeclinesOffer(context.Compact))))
        {
            changed |= Set(values, TitleKey, offered);
        }

        // Asked for a tax number, a bare code is one whatever its shape; elsewhere only the reader's checked ones count.
        // "两个杯子那单 178的" only says which order: its price is no tax number, and the line is no failed answer.
        var pointsAtOrder = facts is null && (context.Facts.MatchedOrderNumbers.Count > 0 || context.Facts.OrderReferences.Count > 0);
        var asked = step == DialogSteps.AskTaxNumber && facts?.TaxNumber is null && !pointsAtOrder ? InvoiceFields.TaxNumberCandidate(context.Text) : null;
        var tax = facts?.TaxNumber ?? (asked is not null && InvoiceFields.IsTaxNumber(asked) ? asked : null);
        var invalid = facts?.InvalidTaxNumber ?? (asked is not null && tax is null ? asked : null);
        // "最后一位是K" changes the number given before, which is checked again.
        if (tax is null && invalid is null && (values.GetValueOrDefault(TaxKey) ?? values.GetValueOrDefault(TaxTriedKey)) is { } before
            && TaxNumberEdit.Apply(before, context.Normalized) is { } edited)
        {
            values.Remove(TaxKey);
            var valid = InvoiceFields.IsTaxNumber(edited);
            tax = valid ? edited : null;
            invalid = valid ? null : edited;
            if (tax is not null)
            {
                context.Say("listen.tax_edited", new Dictionary<string, string?> { [TemplateSlots.TaxNumber] = tax });
            }
        }

        // A second number that fails its check too is taken for a colleague to verify, never asked a third time.
        var failedBefore = invalid is not null && tax is null && values.GetValueOrDefault(TaxTriedKey) is { } tried
            && !string.Equals(tried, invalid, StringComparison.OrdinalIgnoreCase);
        if (invalid is not null && tax is null)
        {
            values[TaxTriedKey] = invalid;
        }
        else if (tax is not null)
        {
            values.Remove(TaxTriedKey);
        }
        changed |= Set(values, TaxKey, tax);
        changed |= Set(values, EmailKey, facts?.Email);
        if (facts?.Email is null && !values.ContainsKey(EmailKey) && SameEmailSaid(context.Compact))
        {
            changed |= Set(values, SameEmailKey, "yes");
        }

        if (facts?.Medium is { } medium)
        {
            changed |= medium == InvoiceMedium.Paper ? Set(values, PaperKey, "yes") : values.Remove(PaperKey);
        }
        else if (ToOrderAddressSaid(context))
        {
            changed |= Set(values, PaperKey, "yes");
        }

        if (context.Facts.PersonNames.Count > 0)
        {
            values[NameKey] = context.Facts.PersonNames[0];
            // "台灯开个电子发票 莫默": a person's name with no title type is a personal title, never asked again.
            if (!values.ContainsKey(TypeKey) && facts?.TaxNumber is null && facts?.Title is null)
            {
                changed |= Set(values, TypeKey, nameof(InvoiceTitleType.Personal));
            }
        }
        else if (SelfIntroduction().Match(context.Normalized) is { Success: true } self && PersonNames.Leading(self.Groups["run"].Value) is { } own)
        {
            values[NameKey] = own;
        }

        // "抬头就写我名字": a personal title in the name on the order, taken once the order is known.
        if (SelfTitle().IsMatch(context.Compact))
        {
            changed |= Set(values, TypeKey, nameof(InvoiceTitleType.Personal));
            changed |= Set(values, SelfTitleKey, "yes");
        }

        // A tax number is only ever a company's: "抬头不变 只改税号 …" asks no "个人还是公司".
        if (values.ContainsKey(TaxKey) && !values.ContainsKey(TypeKey))
        {
            changed |= Set(values, TypeKey, nameof(InvoiceTitleType.Company));
        }

        var reissueSaid = ReissueWords().IsMatch(context.Normalized);
        if (reissueSaid)
        {
            values[ReissueKey] = "yes";
        }

        // "林莉 刚说了呀": a name said now or in any earlier message of the flow is a personal title.
        if (!values.ContainsKey(TitleKey) && values.GetValueOrDefault(TypeKey) == nameof(InvoiceTitleType.Personal) && values.GetValueOrDefault(NameKey) is { } name)
        {
            changed |= Set(values, TitleKey, name);
        }

        if (failedBefore)
        {
            context.Say(StillInvalidTemplate, new Dictionary<string, string?> { [TemplateSlots.TaxNumber] = invalid });
            values[TaxToldKey] = TaxReminded;
        }
        else if (invalid is not null && tax is null)
        {
            // A length no tax number has is named with its count; a code of a right length that fails its check is a typo
            // somewhere inside, never "the format is 18 characters".
            // Title and e-mail given with it are kept and said back in the same bubble, so only the tax number is asked again.
            var check = invalid.Length is 15 or 18 or 20 ? "invalid_tax_number" : "tax_number_length";
            var slots = new Dictionary<string, string?> { [TemplateSlots.Length] = invalid.Length.ToString(CultureInfo.InvariantCulture) };
            var kept = (facts?.Title is not null || facts?.Email is not null) ? values.GetValueOrDefault(TitleKey) : null;
            if (kept is not null)
            {
                slots[TemplateSlots.InvoiceTitle] = kept;
                slots[TemplateSlots.Email] = values.GetValueOrDefault(EmailKey);
            }

            context.Say(kept is null ? $"invoice.{check}" : slots[TemplateSlots.Email] is null ? $"invoice.kept_title_{check}" : $"invoice.kept_title_email_{check}", slots);
            values[TaxToldKey] = TaxSaid;

            context.Fail();
        }
        else if (!changed && reissueSaid && step is DialogSteps.AskTitleType or DialogSteps.AskTitle or DialogSteps.AskTaxNumber or DialogSteps.AskEmail)
        {
            // "重开一张发我 之前那张作废" while a field is still missing: the re-issue is taken, then the field asked again.
            context.Say(askingTax ? "invoice.reissue_waiting_tax" : "invoice.reissue_waiting");
            values[ReissueToldKey] = "yes";
        }
        else if (!changed && ConfirmsTitle(context))
        {
            // "是商行 不是商店 别写错": the title held is said back; nothing failed.
        }
        else if (!changed && askingTax && KindSaid().IsMatch(context.Compact))
        {
            // "普票就行 电子的" after a tax number failed its check: the kind is taken, and a company's ordinary invoice
            // still needs the number, so it is asked again instead of a "didn't understand"; a number the buyer put off
            // ("税号晚点问财务") is still awaited, so only the wait is said, never the number asked for again.
            if (values.GetValueOrDefault(LaterKey) == DialogSteps.AskTaxNumber)
            {
                var kind = context.Compact.Contains("电子", StringComparison.Ordinal) ? "电子发票" : "普通发票";
                context.Say("invoice.kind_taken_tax_later", new Dictionary<string, string?> { [TemplateSlots.Change] = kind });
            }
            else
            {
                context.Say("invoice.kind_taken_tax");
            }
        }
        else if (!changed && step is DialogSteps.AskTitleType or DialogSteps.AskTitle or DialogSteps.AskTaxNumber or DialogSteps.AskEmail
            && SplitSaid().IsMatch(context.Compact))
        {
            // "两单开一张还是分开都行" while a field is missing answers how several orders are invoiced (one per order),
            // then the field is asked again; never a failed turn.
            context.Say(askingTax ? "invoice.split_taken_tax" : "invoice.split_taken");
        }
        else if (!changed && !pointsAtOrder && !AsksPeriod(context.Compact) && !AboutTime(context) && !PutsOff(context, step)
            && !InvoiceContents.IsAsked(context.Compact) && !InvoiceContents.Accepts(context)
            && (askingTax || step is DialogSteps.AskTitleType or DialogSteps.AskTitle or DialogSteps.AskEmail))
        {
            context.Fail();
        }

        return changed;
    }

    /// <summary>
    /// The title alone in an answer to "抬头写谁": "兔小白", also as "写兔大白", "就写成兔大白吧"; null when the message says
    /// more than a name.
    /// </summary>
    private static string? NamedTitle(string compact)
    {
        var name = TitleWording().Match(compact).Groups["name"].Value;
        return TitleNickname.Leading(name) is { } nickname && nickname.Length == name.Length ? nickname : null;
    }

    /// <summary>"不要写兔小白", "不对 是公司的": the name offered is turned down; "要纸质的 不要电子的" only chooses the medium.</summary>
    private static bool DeclinesOffer(string compact) => TurnsDown().IsMatch(MediumRefused().Replace(compact, string.Empty));

    [GeneratedRegex("不是|不对|不要|不用|别|换(个|成)|公司")]
    private static partial Regex TurnsDown();

    [GeneratedRegex("(?:不要|不用|别|不需要|不想要)(?:开)?(?:电子|纸质|纸)(?:的|版|发票|票)?|(?:电子|纸质)(?:的|版|发票|票)?(?:不要|不用|不需要)")]
    private static partial Regex MediumRefused();

    [GeneratedRegex("普票|普通(?:发票|的|票)?|电子(?:发票|的|版|票)?")]
    private static partial Regex KindSaid();

    [GeneratedRegex("^(?:那|就|那就)?(?:(?:写|写成|开成|填|改成|换成|用)(?:上)?)?(?<name>.+?)(?:吧|就行|就好|就可以)?[~～!！。.]*$")]
    private static partial Regex TitleWording();

    /// <summary>"不对 是公司" after a person's name: the name is no company title, so it is asked for again.</summary>
    private static bool TitleFits(string title, InvoiceTitleType type) =>
        type == InvoiceTitleType.Company ? title.Length > 4 : title.Length <= 4;

    private static bool Set(Dictionary<string, string> values, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || values.GetValueOrDefault(key) == value)
        {
            return false;
        }

        values[key] = value;
        return true;
    }

    private static void Keep(Dictionary<string, string> values, string key, string? value)
    {
        if (value is not null)
        {
            values.TryAdd(key, value);
        }
    }
}

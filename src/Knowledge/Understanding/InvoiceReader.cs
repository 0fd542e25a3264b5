using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Entities;

/// <summary>
/// Reads invoice fields. Title type and organisation names that end in a weak word (公司, 店, 中心) count only in an
/// invoice message or a short answer, so that "你们公司怎么这样" says nothing about an invoice.
/// </summary>
internal static partial class InvoiceReader
{
    public static InvoiceFacts? Read(MaskedText masked, IReadOnlySet<string> notTaxNumbers)
    {
        var context = InvoiceContext().IsMatch(masked.Text);
        var email = InvoiceFields.Email(masked.Text);
        if (email is not null)
        {
            masked.Hide(masked.Text.IndexOf(email, StringComparison.Ordinal), email.Length);
        }

        var (taxNumber, invalid) = ReadTaxNumber(masked, context, notTaxNumbers);
        var text = masked.Text;
        var shortAnswer = text.Trim().Length <= 14 && !Complaint().IsMatch(text);
        var (title, titleType) = ReadTitle(text, context || shortAnswer);
        if (title is not null && text.IndexOf(title, StringComparison.Ordinal) is var at and >= 0)
        {
            masked.Hide(at, title.Length);
            text = masked.Text;
        }

        titleType ??= context || shortAnswer ? TitleTypeWords(text) : null;
        var medium = ReadMedium(text, context || shortAnswer);
        // "普票专票都行": either will do, so the ordinary one; "不要普票 要专票" names the special one.
        InvoiceKind? kind = Special().IsMatch(text) && (!Ordinary().IsMatch(text) || OrdinaryRefused().IsMatch(text)) ? InvoiceKind.Special
            : Ordinary().IsMatch(text) ? InvoiceKind.Ordinary : null;
        if (kind == InvoiceKind.Special)
        {
            titleType ??= InvoiceTitleType.Company;
        }

        if (titleType is null && title is null && taxNumber is null && invalid is null && medium is null && kind is null && email is null)
        {
            return null;
        }

        return new InvoiceFacts
        {
            TitleType = titleType,
            Title = title,
            TaxNumber = taxNumber,
            InvalidTaxNumber = invalid,
            Email = email,
            Medium = medium,
            Kind = kind,
        };
    }

    private static (string? Valid, string? Invalid) ReadTaxNumber(MaskedText masked, bool context, IReadOnlySet<string> notTaxNumbers)
    {
        // "9133 0106 MA2B 3C4D 5D", "91330106-MA2B3C4D5D": a code copied in groups counts when the joined 18 pass the check.
        foreach (Match grouped in GroupedCode().Matches(masked.Text))
        {
            var joined = string.Concat(grouped.Value.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();
            if (joined.Length == 18 && InvoiceFields.IsValidCreditCode(joined) && (context || !joined.All(char.IsAsciiDigit)) && !notTaxNumbers.Contains(joined))
            {
                masked.Hide(grouped.Index, grouped.Length);
                return (joined, null);
            }
        }

        string? invalid = null;
        for (var match = TaxShape().Match(masked.Text); match.Success; match = match.NextMatch())
        {
            var code = match.Value.ToUpperInvariant();
            if (notTaxNumbers.Contains(match.Value) || notTaxNumbers.Contains(code))
            {
                continue;
            }

            var allDigits = code.All(char.IsAsciiDigit);
            if (code.Length == 18 && InvoiceFields.IsValidCreditCode(code) && (context || !allDigits))
            {
                masked.Hide(match.Index, match.Length);
                return (code, null);
            }

            if (code.Length is 15 or 20 && TaxWord().IsMatch(masked.Text) && InvoiceFields.IsTaxNumber(code))
            {
                masked.Hide(match.Index, match.Length);
                return (code, null);
            }

            // "成都橙意科技有限公司 91510107MA6CQ2LR5J": 18 characters mixing digits and letters after two digits read as a
            // mistyped credit code even without the word 税号; order, tracking and phone numbers never look so.
            if ((TaxWord().IsMatch(masked.Text) || (code.Length == 18 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1])
                    && code.Any(char.IsAsciiLetter) && code.Count(char.IsAsciiDigit) >= 10)) && invalid is null)
            {
                invalid = code;
                masked.Hide(match.Index, match.Length);
            }
        }

        return (null, invalid);
    }

    private static (string? Title, InvoiceTitleType? Type) ReadTitle(string text, bool invoiceLike)
    {
        for (var m = NameRun().Match(text); m.Success; m = m.NextMatch())
        {
            if (!InvoiceTitleCheck.OrganisationEnding().IsMatch(m.Value))
            {
                continue;
            }

            var noise = LeadingNoise().Match(m.Value);
            var name = AfterMarker().Replace(noise.Success ? m.Value[noise.Length..] : LeadingVerb().Replace(m.Value, string.Empty), string.Empty);
            var strong = StrongEnding().IsMatch(name);
            if ((strong || invoiceLike) && InvoiceTitleCheck.IsPlausibleOrganisation(name))
            {
                return (name, InvoiceTitleType.Company);
            }
        }

        if (PersonalTitle().Match(text) is { Success: true } personal && PersonNames.Leading(personal.Groups["run"].Value) is { } person)
        {
            return (person, InvoiceTitleType.Personal);
        }

        // "个人 兔小白", "个人抬头：兔小白": a word set apart after 个人 in an invoice message is the title, a nickname too.
        if (invoiceLike && SpacedPersonalTitle().Match(text) is { Success: true } spaced && TitleNickname.Leading(spaced.Groups["run"].Value) is { } nickname
            && nickname.Length == spaced.Groups["run"].Length)
        {
            return (nickname, InvoiceTitleType.Personal);
        }

        // "抬头写兔小白": a title written after 抬头 is the buyer's own, a nickname as much as a textbook name.
        if (TitleMarker().Match(text) is { Success: true } marked
            && (PersonNames.Leading(marked.Groups["run"].Value) ?? TitleNickname.Leading(marked.Groups["run"].Value)) is { } named)
        {
            return (named, InvoiceTitleType.Personal);
        }

        return (null, null);
    }

    private static InvoiceTitleType? TitleTypeWords(string text) => text switch
    {
        _ when PersonalWords().IsMatch(text) && !CompanyTitleWords().IsMatch(text) => InvoiceTitleType.Personal,
        _ when CompanyTitleWords().IsMatch(text) => InvoiceTitleType.Company,
        // "单位报销用" alone answers the title question; in a longer line "公司报销用" is only what the invoice is for.
        _ when CompanyWords().IsMatch(text) && text.Length <= MaxPurposeAnswerLength => InvoiceTitleType.Company,
        _ when PersonalWords().IsMatch(text) => InvoiceTitleType.Personal,
        _ => null,
    };

    [GeneratedRegex("发票|开票|抬头|税号|普票|专票|电子票|纸质票|纸票|纳税人|信用代码|报销|单位名称|公司名称|邮箱|invoice")]
    private static partial Regex InvoiceContext();

    [GeneratedRegex("税号|纳税人|信用代码|识别号")]
    private static partial Regex TaxWord();

    // Lengths around the valid ones too, so that a code one character short is reported with its length.
    [GeneratedRegex("(?<![0-9a-z@.])[0-9a-z]{13,22}(?![0-9a-z@])")]
    private static partial Regex TaxShape();

    [GeneratedRegex("(?<![0-9a-z@.])[0-9a-z]{2,10}(?:[ \\-][0-9a-z]{2,10}){1,8}(?![0-9a-z@])")]
    private static partial Regex GroupedCode();

    [GeneratedRegex("怎么|为什么|你们|凭什么|投诉|垃圾|差评")]
    private static partial Regex Complaint();

    [GeneratedRegex(@"[\u4e00-\u9fffa-z0-9()]{3,60}")]
    private static partial Regex NameRun();

    // "公司叫杭州暖阳科技有限公司", "单位名字叫…": the words before the name.
    [GeneratedRegex("^.*(?:抬头|名称|单位名|公司名|开给|开成|写成|发票|开票|应该是|应为|改成|改为|写的是|填的是|要的是|报的是|(?:公司|单位|名字|全称)叫做?)")]
    private static partial Regex LeadingNoise();

    [GeneratedRegex("^(?:是|为|写|就写|填|开|叫做?|:)+")]
    private static partial Regex AfterMarker();

    [GeneratedRegex("^(?:帮我|给我|麻烦|请)?(?:开|写)(?:个|张|一张)?")]
    private static partial Regex LeadingVerb();

    [GeneratedRegex("(有限责任公司|股份有限公司|有限公司|工作室|研究所|研究院|事务所|集团)$")]
    private static partial Regex StrongEnding();

    [GeneratedRegex(@"个人(?:抬头|发票|的|名字|名称)?(?:是|为|写|开|就写|填)?[:, ]*(?<run>[\u4e00-\u9fff]{2,8})")]
    private static partial Regex PersonalTitle();

    [GeneratedRegex(@"个人(?:抬头|发票|的)?(?:是|为|写|就写|填|开)?[:,， ]+(?<run>[\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")]
    private static partial Regex SpacedPersonalTitle();

    [GeneratedRegex(@"抬头(?:是|为|写|就写|填|开)?[:, ]*(?<run>[\u4e00-\u9fff]{2,8})")]
    private static partial Regex TitleMarker();

    /// <summary>A reimbursement purpose this short is the answer to "个人还是公司抬头".</summary>
    private const int MaxPurposeAnswerLength = 8;

    [GeneratedRegex("公司|单位|企业|专票|专用发票|增值税专|工作室|对公")]
    private static partial Regex CompanyWords();

    // "个人抬头 公司报销用", "本人 单位要报销", "寄到我单位去": what a personal invoice is for or where it goes, no company title.
    [GeneratedRegex("(?<!(?:寄|送|发|邮)(?:到|去|给)?我?们?)(?:公司|单位)(?!报销|报账|要报|财务|能报|可以报|去|那边|地址)|企业|专票|专用发票|增值税专|工作室|对公")]
    private static partial Regex CompanyTitleWords();

    [GeneratedRegex("(?<![找换叫几一两来死给转派安排])个人(?!工)|私人|本人")]
    private static partial Regex PersonalWords();

    /// <summary>
    /// "电子还是纸质的？" asks which there is: no choice is made. "不用电子的" refuses one and so chooses the other;
    /// an electronic invoice is read only in an invoice context or a short answer.
    /// </summary>
    private static InvoiceMedium? ReadMedium(string text, bool electronicReadable)
    {
        var paperRefused = PaperRefused().IsMatch(text);
        var electronicRefused = ElectronicRefused().IsMatch(text);
        var paper = Paper().IsMatch(text) && !paperRefused || electronicRefused;
        var electronic = Electronic().IsMatch(text) && !electronicRefused || paperRefused;
        return paper && electronic ? (Choice().IsMatch(text) ? null : paperRefused ? InvoiceMedium.Electronic : InvoiceMedium.Paper)
            : paper ? InvoiceMedium.Paper
            : electronic && electronicReadable ? InvoiceMedium.Electronic : null;
    }

    // "纸质的不用寄了", "纸的就不要了": the paper named first, then refused.
    [GeneratedRegex("(不用|不要|不需要|不想要|别|不开)(开|给我|寄|邮寄)?(个|张)?(纸质|纸的|纸本|纸票)|(纸质|纸的|纸本|纸票)(的|版|发票)?(就)?(不用|不要|不需要|免了)(寄|邮寄|开)?(了|啦)")]
    private static partial Regex PaperRefused();

    [GeneratedRegex("(不用|不要|不需要|不想要|别|不开)(开|给我|发)?(个|张)?电子|电子(的|版|发票)?(就)?(不用|不要|不需要|免了)(发|开)?(了|啦)")]
    private static partial Regex ElectronicRefused();

    [GeneratedRegex("纸质|纸的|纸本|纸票|邮寄发票|寄发票")]
    private static partial Regex Paper();

    [GeneratedRegex("还是|或者|或是|哪种|哪个")]
    private static partial Regex Choice();

    [GeneratedRegex("电子")]
    private static partial Regex Electronic();

    [GeneratedRegex("专票|专用发票|增值税专")]
    private static partial Regex Special();

    [GeneratedRegex("普票|普通发票")]
    private static partial Regex Ordinary();

    [GeneratedRegex("(不要|不用|不开|不需要)(开)?(普票|普通发票)")]
    private static partial Regex OrdinaryRefused();
}

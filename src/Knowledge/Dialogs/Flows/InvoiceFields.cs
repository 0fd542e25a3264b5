using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>Reads the fields of an invoice request from what the buyer types, and checks them.</summary>
public static partial class InvoiceFields
{
    private const string CodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static InvoiceTitleType? TitleType(string normalizedText) => normalizedText switch
    {
        _ when PersonalWords().IsMatch(normalizedText) && !CompanyTitleWords().IsMatch(normalizedText) => InvoiceTitleType.Personal,
        _ when CompanyTitleWords().IsMatch(normalizedText) => InvoiceTitleType.Company,
        // "单位报销用" alone answers the title question; in a longer line "公司报销用" is only what the invoice is for.
        _ when CompanyWords().IsMatch(normalizedText) && normalizedText.Length <= MaxPurposeAnswerLength => InvoiceTitleType.Company,
        _ when PersonalWords().IsMatch(normalizedText) => InvoiceTitleType.Personal,
        _ => null,
    };

    /// <summary>"公司报销用", "单位要报账" with no personal word: a company invoice wanted; null otherwise.</summary>
    public static InvoiceTitleType? ReimbursedByCompany(string normalizedText) =>
        CompanyReimbursement().IsMatch(normalizedText) && !PersonalWords().IsMatch(normalizedText) ? InvoiceTitleType.Company : null;

    /// <summary>Something shaped like a tax number (15 to 20 letters and digits), upper-cased, or null.</summary>
    public static string? TaxNumberCandidate(string text) =>
        TaxNumberShape().Match(text.ToUpperInvariant()) is { Success: true } match ? match.Value : null;

    /// <summary>
    /// A tax number the shop accepts: a valid 统一社会信用代码, or an older 15- or 20-character 纳税人识别号, which has no
    /// check character.
    /// </summary>
    public static bool IsTaxNumber(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return IsValidCreditCode(code) || (code.Length is 15 or 20 && code.All(char.IsAsciiLetterOrDigit));
    }

    /// <summary>
    /// A valid 统一社会信用代码 (GB 32100-2015): 18 characters from the code set (no I, O, Z, S, V) whose last one is
    /// the check character of the first seventeen.
    /// </summary>
    public static bool IsValidCreditCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 18 || code.Any(c => !CodeCharacters.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += CodeCharacters.IndexOf(code[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return CodeCharacters[check] == code[17];
    }

    public static string? Email(string text) => EmailShape().Match(text) is { Success: true } match ? match.Value : null;

    /// <summary>A reimbursement purpose this short is the answer to "个人还是公司抬头".</summary>
    private const int MaxPurposeAnswerLength = 8;

    [GeneratedRegex("公司|单位|企业|专票|专用发票|增值税专|工作室|有限|集团")]
    private static partial Regex CompanyWords();

    // "个人抬头 公司报销用", "本人 单位要报销", "寄到我单位去": what a personal invoice is for or where it goes, no company title.
    [GeneratedRegex("(?<!(?:寄|送|发|邮)(?:到|去|给)?我?们?)(?:公司|单位)(?!报销|报账|要报|财务|能报|可以报|去|那边|地址)|企业|专票|专用发票|增值税专|工作室|有限|集团")]
    private static partial Regex CompanyTitleWords();

    [GeneratedRegex("(?:公司|单位|企业)(?:里|那边)?(?:要|拿去|拿回去|用来|需要)?(?:报销|报账)")]
    private static partial Regex CompanyReimbursement();

    [GeneratedRegex("个人|自己|私人|本人")]
    private static partial Regex PersonalWords();

    [GeneratedRegex("(?<![0-9A-Z])[0-9A-Z]{13,22}(?![0-9A-Z])")]
    private static partial Regex TaxNumberShape();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailShape();
}

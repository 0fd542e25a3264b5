using System.Text.RegularExpressions;
using ShopBot.Knowledge.Tests.Orders;

namespace ShopBot.Knowledge.Tests.Templates;

/// <summary>
/// The shop's own wording in <c>knowledge-base/</c> must not need the reply screen to be safe: no superlatives,
/// no promises stated as certain, no contact details or payment outside the platform.
/// </summary>
public sealed partial class ShippedWordingTests
{
    public static TheoryData<string> Files() => new(
        Directory.EnumerateFiles(SampleOrders.Paths.Templates, "*.yaml")
            .Concat(Directory.EnumerateFiles(SampleOrders.Paths.Policies, "*.yaml"))
            .Select(f => Path.GetRelativePath(SampleOrders.Paths.Root, f)));

    [Theory]
    [MemberData(nameof(Files))]
    public void Wording_has_no_superlative_certain_promise_or_off_platform_contact(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(SampleOrders.Paths.Root, relativePath));
        // A policy's questions and keywords are the buyer's words ("有没有微信 加一下"), never said by the shop.
        var shopWords = relativePath.Contains("policies", StringComparison.Ordinal) ? BuyerWords().Replace(text, string.Empty) : text;
        var allowed = AllowedPhrases().Replace(shopWords, string.Empty);

        Assert.Empty(Forbidden().Matches(allowed).Select(m => m.Value));
    }

    [GeneratedRegex("^  questions:\\n(?:    - .*\\n)*|^  keywords:.*$", RegexOptions.Multiline)]
    private static partial Regex BuyerWords();

    [GeneratedRegex("最近|最后|第一时间")]
    private static partial Regex AllowedPhrases();

    [GeneratedRegex("最|第一|绝对|一定|保证|肯定|必|百分之百|100%|永远|微信|QQ|qq|加我|转账|银行卡|私下|[0-9]{11}")]
    private static partial Regex Forbidden();
}

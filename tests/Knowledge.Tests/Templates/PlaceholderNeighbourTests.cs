using System.Text.RegularExpressions;
using ShopBot.Knowledge.Tests.Orders;

namespace ShopBot.Knowledge.Tests.Templates;

/// <summary>
/// A placeholder glued to a digit reads as one number once filled: "订单{order_number}7天无理由" became
/// "订单36149002337812056277天无理由" for a buyer (b3-06). A digit next to a placeholder needs a word between.
/// </summary>
public sealed partial class PlaceholderNeighbourTests
{
    public static TheoryData<string> Files() => new(
        Directory.EnumerateFiles(SampleOrders.Paths.Templates, "*.yaml")
            .Select(f => Path.GetRelativePath(SampleOrders.Paths.Root, f)));

    [Theory]
    [MemberData(nameof(Files))]
    public void No_placeholder_touches_a_digit(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(SampleOrders.Paths.Root, relativePath));

        Assert.Empty(GluedToDigit().Matches(text).Select(m => m.Value));
    }

    [GeneratedRegex(@"\{[a-z_]+\}[0-9]|[0-9]\{[a-z_]+\}")]
    private static partial Regex GluedToDigit();
}

using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The couriers the shop ships with as a rule (<see cref="Orders.OrdersOptions.UsualCouriers"/>): wishing one costs no
/// difference ("能发中通吗"), refusing one leaves the other ("别发中通"), and accepting one after another courier was
/// noted ("中通就行", "那还是发中通吧", "中通就中通吧") lets that courier go.
/// </summary>
public static class UsualCouriers
{
    private static readonly ConcurrentDictionary<string, Regex> Acceptance = new(StringComparer.Ordinal);

    /// <summary>The shop's usual couriers, as configured.</summary>
    public static IReadOnlyList<string> Of(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.OrdersOptions.UsualCouriers.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
    }

    /// <summary>True when <paramref name="courier"/> ("中通", "中通快递") is one the shop ships with as a rule.</summary>
    public static bool Includes(FlowContext context, string? courier) =>
        courier is not null && Of(context).Any(c => courier.StartsWith(c, StringComparison.OrdinalIgnoreCase));

    /// <summary>The usual couriers in one phrase for a reply ("中通、圆通").</summary>
    public static string Listed(FlowContext context) => string.Join("、", Of(context));

    /// <summary>"中通就行", "圆通也可以", "那还是发中通吧", "中通就中通吧": the usual courier the buyer settles for, or null.</summary>
    public static string? Accepted(FlowContext context)
    {
        var usual = Of(context);
        if (usual.Count == 0)
        {
            return null;
        }

        var pattern = Acceptance.GetOrAdd(string.Join("|", usual.Select(Regex.Escape)), AcceptancePattern);
        return pattern.Match(context.Compact) is { Success: true } match ? match.Groups["c"].Value : null;
    }

    // "发的中通还是圆通" asks which; "中通到青岛老慢了" complains: neither settles for a courier.
    private static Regex AcceptancePattern(string usual) => new(
        $"(?<c>{usual})(?:快递)?(?:就|也)(?:行|可以|好|成|ok|没问题)|(?<c>{usual})就\\k<c>吧?|(?<!(?:{Flows.OrderChanges.Couriers})(?:快递)?)还是(?:发|走|用)?(?<c>{usual})(?:快递)?(?:吧|就行|好了|发吧|$)|(?:那就|就)(?:发|走|用)(?<c>{usual})(?:快递)?(?:吧|好了)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}

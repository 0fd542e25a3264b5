using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>The remedies a buyer turns down, read clause by clause.</summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>
    /// The remedies a message turns down: 不要修, 不用换, 不用补发, 不退货, 不想退; read clause by clause, so "黑的我不要
    /// 给我换个白的" refuses nothing: its 不要 is about the piece, and the next clause asks for the exchange.
    /// </summary>
    private static HashSet<string> RefusedRemedies(string normalizedText)
    {
        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in Clauses().Split(normalizedText).Where(c => c.Length > 0))
        {
            refused.UnionWith(RefusedInClause(clause));
        }

        return refused;
    }

    [GeneratedRegex("[\\s,，。.;；!！?？~～]+")]
    private static partial Regex Clauses();

    private static HashSet<string> RefusedInClause(string compact)
    {
        var refused = new HashSet<string>(StringComparer.Ordinal);
        if (QualitySettlements.RefusesRepair(compact))
        {
            refused.Add(RepairWish);
        }

        if (ExchangeRefused().IsMatch(compact))
        {
            refused.Add(ExchangeWish);
        }

        if (ReshipRefused().IsMatch(compact))
        {
            refused.Add(ReshipWish);
        }

        if (ReturnRefused().IsMatch(compact))
        {
            refused.Add(RefundWish);
        }

        return refused;
    }
}

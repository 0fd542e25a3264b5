using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

public static partial class RefundWithdrawal
{
    /// <summary>
    /// "浴巾不退了 台灯尽快" while only the lamp's refund is under way: the clause that changes its mind names the towel,
    /// so the towel's return is dropped and the lamp's refund stands, never withdrawn.
    /// </summary>
    private static bool ChangedMindOfOther(FlowContext context, IReadOnlyList<Order> refunding)
    {
        var clause = context.Guard.Clauses.FirstOrDefault(c => ChangedMind().IsMatch(c.Text));
        if (clause is null)
        {
            return false;
        }

        var subject = clause.Text[..ChangedMind().Match(clause.Text).Index];
        if (subject.Length == 0)
        {
            return false;
        }

        var services = context.Services;
        var named = services.Analyzer.Analyze(subject, services.Orders.OrdersOf(context.Input.BuyerId), services.Time.GetUtcNow()).OrderReferences
            .Where(r => r.Evidence == Entities.OrderEvidence.Product && r.OrderNumbers.Count > 0)
            .SelectMany(r => r.OrderNumbers)
            .ToList();
        return named.Count > 0 && !named.Exists(n => refunding.Any(o => o.OrderNumber == n));
    }
}

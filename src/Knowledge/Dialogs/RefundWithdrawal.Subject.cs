using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

public static partial class RefundWithdrawal
{
    /// <summary>
    /// "浴巾不退了 台灯尽快" while only the lamp's refund is under way: the clause that changes its mind names the towel and
    /// the lamp is named beside it, so the towel's return is dropped and the lamp's refund stands, never withdrawn.
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

        // "四件套不想退了" alone is still heard as a withdrawal, answered with the order's own state; only another order
        // the refund is under way on, named beside it ("台灯尽快"), makes the change of mind the other order's.
        var named = GoodsNamed(context, subject);
        var beside = GoodsNamed(context, context.Compact.Replace(clause.Text, " ", StringComparison.Ordinal));
        bool Refunds(string number) => refunding.Any(o => o.OrderNumber == number);
        return named.Count > 0 && !named.Exists(Refunds) && beside.Exists(Refunds);
    }

    private static List<string> GoodsNamed(FlowContext context, string text)
    {
        var services = context.Services;
        return [.. services.Analyzer.Analyze(text, services.Orders.OrdersOf(context.Input.BuyerId), services.Time.GetUtcNow()).OrderReferences
            .Where(r => r.Evidence == Entities.OrderEvidence.Product && r.OrderNumbers.Count > 0)
            .SelectMany(r => r.OrderNumbers)];
    }
}

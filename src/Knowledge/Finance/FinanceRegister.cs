using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Finance;

/// <summary>
/// The daily after-sales sheet (postage, refunds and compensation, by order, with who handled it) that the shop
/// sends to finance. A day lists the after-sales cases resolved that day (Asia/Shanghai), and those opened that
/// day and still open, so finance sees what is coming; cancelled cases and notes move no money and are left out.
/// </summary>
public sealed class FinanceRegister(ICaseStore cases)
{
    public async Task<IReadOnlyList<RegisterRow>> BuildAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var from = ShanghaiTime.StartOf(date);
        var before = ShanghaiTime.StartOf(date.AddDays(1));
        var touched = await cases.ListAsync(new CaseQuery { UpdatedFrom = from, Limit = int.MaxValue }, cancellationToken).ConfigureAwait(false);
        return touched
            .Where(c => c.Kind.IsAfterSales())
            .Where(c => c.Status switch
            {
                CaseStatus.Resolved => c.ResolvedAt >= from && c.ResolvedAt < before,
                CaseStatus.Open => c.CreatedAt >= from && c.CreatedAt < before,
                _ => false,
            })
            .OrderBy(c => c.ResolvedAt ?? c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new RegisterRow(date, c.OrderNumber, c.Kind.Label(), c.Postage, c.Refund, c.Compensation, c.Handler, c.Id, c.Status == CaseStatus.Resolved ? "已处理" : "处理中", c.Outcome?.Label() ?? string.Empty))
            .ToList();
    }
}

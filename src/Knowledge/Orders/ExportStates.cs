namespace ShopBot.Knowledge.Orders;

/// <summary>
/// Maps 订单状态 and 退款状态 to <see cref="OrderStatus"/> and <see cref="RefundStatus"/>. Exports differ in
/// punctuation (买家已付款，等待卖家发货 or without the comma), so values are compared with spaces and punctuation removed.
/// An 订单状态 that speaks of a refund (退款中) leaves the trade state to be derived from 发货时间.
/// </summary>
internal static class ExportStates
{
    public static OrderStatus? Trade(string value) => Squash(value) switch
    {
        "等待买家付款" => OrderStatus.AwaitingPayment,
        "买家已付款等待卖家发货" or "等待卖家发货" or "买家已付款" or "已付款" => OrderStatus.AwaitingShipment,
        "卖家已发货等待买家确认" or "卖家已发货" or "等待买家确认收货" or "已发货" => OrderStatus.Shipped,
        "交易成功" or "已完成" => OrderStatus.Completed,
        "交易关闭" or "已关闭" => OrderStatus.Closed,
        _ => null,
    };

    public static bool SpeaksOfRefund(string value) => Squash(value).Contains("退款", StringComparison.Ordinal);

    public static RefundStatus? Refund(string? value)
    {
        var squashed = Squash(value ?? string.Empty);
        if (squashed.Length == 0 || squashed is "无" or "没有申请退款" or "无退款" or "未退款")
        {
            return RefundStatus.None;
        }

        if (squashed.Contains("成功", StringComparison.Ordinal) || squashed == "已退款")
        {
            return RefundStatus.Succeeded;
        }

        if (squashed.Contains("关闭", StringComparison.Ordinal) || squashed.Contains("撤销", StringComparison.Ordinal) || squashed.Contains("拒绝", StringComparison.Ordinal))
        {
            return RefundStatus.Closed;
        }

        return squashed.Contains("退款", StringComparison.Ordinal) || squashed.Contains("退货", StringComparison.Ordinal)
            || squashed.Contains("申请", StringComparison.Ordinal) || squashed.Contains("同意", StringComparison.Ordinal)
            ? RefundStatus.InProgress
            : null;
    }

    private static string Squash(string value) =>
        string.Concat(ExportCells.Clean(value).Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c)));
}

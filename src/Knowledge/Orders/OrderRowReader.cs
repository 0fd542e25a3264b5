namespace ShopBot.Knowledge.Orders;

/// <summary>Turns one export row into an <see cref="Order"/>, or records why it cannot.</summary>
internal static class OrderRowReader
{
    public static Order? Read(ExportRow row, List<ImportProblem> problems)
    {
        var number = ExportCells.Clean(row[ExportColumns.OrderNumber]);
        var reasons = new List<string>();
        if (!ExportCells.IsOrderNumber(number))
        {
            reasons.Add(number.Length == 0 ? "订单编号 is empty." : $"订单编号 '{number}' is not an 18–19 digit Taobao order number.");
        }

        var buyer = ExportCells.Clean(row[ExportColumns.BuyerId]);
        if (buyer.Length == 0)
        {
            reasons.Add("买家会员名 is empty.");
        }

        var statusText = row[ExportColumns.Status];
        var refund = ExportStates.Refund(row[ExportColumns.Refund]);
        if (refund is null)
        {
            reasons.Add($"退款状态 '{ExportCells.Clean(row[ExportColumns.Refund])}' is not a refund state this importer knows.");
        }

        if (ExportCells.Clean(row[ExportColumns.CreatedAt]).Length == 0)
        {
            reasons.Add("订单创建时间 is empty.");
        }

        var created = Time(row, ExportColumns.CreatedAt, reasons);

        var paid = Time(row, ExportColumns.PaidAt, reasons);
        var shipped = Time(row, ExportColumns.ShippedAt, reasons);
        var status = Status(statusText, paid, shipped, ref refund, reasons);
        var amountDue = Money(row, ExportColumns.AmountDue, reasons);
        var amountPaid = Money(row, ExportColumns.AmountPaid, reasons);
        if (!ExportCells.TryQuantity(row[ExportColumns.Quantity], out var quantity))
        {
            reasons.Add($"宝贝总数量 '{ExportCells.Clean(row[ExportColumns.Quantity])}' is not a positive whole number.");
        }

        if (reasons.Count > 0 || status is null || created is null)
        {
            problems.Add(new ImportProblem(row.Line, ExportCells.IsOrderNumber(number) ? number : null, string.Join(" ", reasons)));
            return null;
        }

        return new Order
        {
            OrderNumber = number,
            BuyerId = buyer,
            AlipayAccount = ExportCells.Optional(row[ExportColumns.AlipayAccount]),
            AmountDue = amountDue,
            AmountPaid = amountPaid,
            Postage = ExportCells.TryMoney(row[ExportColumns.Postage], out var postage) ? postage : null,
            Status = status.Value,
            Refund = refund ?? RefundStatus.None,
            ReceiverName = ExportCells.Optional(row[ExportColumns.ReceiverName]),
            Address = ExportCells.Optional(row[ExportColumns.Address]),
            Phone = ExportCells.Optional(row[ExportColumns.Phone]),
            CreatedAt = created.Value,
            PaidAt = paid,
            ShippedAt = shipped,
            Title = ExportCells.Clean(row[ExportColumns.Title]),
            Quantity = quantity,
            Carrier = ExportCells.Optional(row[ExportColumns.Carrier]),
            TrackingNumber = ExportCells.Optional(row[ExportColumns.TrackingNumber]),
            BuyerNote = ExportCells.Optional(row[ExportColumns.BuyerNote]),
            SellerNote = ExportCells.Optional(row[ExportColumns.SellerNote]),
            ShopName = ExportCells.Optional(row[ExportColumns.ShopName]),
        };
    }

    /// <summary>
    /// The trade state. An 订单状态 such as 退款中 names no trade state: the order is then paid, shipped or not as
    /// 发货时间 says, with the refund under way.
    /// </summary>
    private static OrderStatus? Status(string text, DateTimeOffset? paid, DateTimeOffset? shipped, ref RefundStatus? refund, List<string> reasons)
    {
        if (ExportStates.Trade(text) is { } status)
        {
            return status;
        }

        if (ExportStates.SpeaksOfRefund(text))
        {
            refund = refund is null or RefundStatus.None ? RefundStatus.InProgress : refund;
            if (paid is null)
            {
                reasons.Add("订单状态 says a refund is under way but 订单付款时间 is empty.");
                return null;
            }

            return shipped is null ? OrderStatus.AwaitingShipment : OrderStatus.Shipped;
        }

        reasons.Add($"订单状态 '{ExportCells.Clean(text)}' is not an order state this importer knows.");
        return null;
    }

    private static DateTimeOffset? Time(ExportRow row, string column, List<string> reasons)
    {
        if (ExportCells.TryTime(row[column], out var time))
        {
            return time;
        }

        reasons.Add($"{column} '{ExportCells.Clean(row[column])}' is not a time like 2026-11-20 14:05:00.");
        return null;
    }

    private static decimal Money(ExportRow row, string column, List<string> reasons)
    {
        if (ExportCells.TryMoney(row[column], out var amount))
        {
            return amount;
        }

        reasons.Add($"{column} '{ExportCells.Clean(row[column])}' is not an amount like 128.00.");
        return 0m;
    }
}

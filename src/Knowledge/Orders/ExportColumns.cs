namespace ShopBot.Knowledge.Orders;

/// <summary>
/// The seller centre's column names (已卖出的宝贝 → 批量导出 → 订单报表). Columns are found by name, so extra and
/// reordered columns are fine; a few other names that exports and spreadsheets use are accepted too.
/// </summary>
internal static class ExportColumns
{
    public const string OrderNumber = "订单编号";
    public const string BuyerId = "买家会员名";
    public const string AlipayAccount = "买家支付宝账号";
    public const string AmountDue = "买家应付货款";
    public const string AmountPaid = "买家实际支付金额";
    public const string Postage = "买家应付邮费";
    public const string Status = "订单状态";
    public const string ReceiverName = "收货人姓名";
    public const string Address = "收货地址";
    public const string Phone = "联系手机";
    public const string CreatedAt = "订单创建时间";
    public const string PaidAt = "订单付款时间";
    public const string ShippedAt = "发货时间";
    public const string Title = "宝贝标题";
    public const string Quantity = "宝贝总数量";
    public const string Carrier = "物流公司";
    public const string TrackingNumber = "物流单号";
    public const string BuyerNote = "订单备注";
    public const string SellerNote = "商家备注";
    public const string Refund = "退款状态";
    public const string ShopName = "店铺名称";

    /// <summary>Without these the file is not an order export at all.</summary>
    public static IReadOnlyList<string> Required { get; } = [OrderNumber, BuyerId, Status, CreatedAt];

    /// <summary>Other names for the same column, mapped to the canonical one.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["订单号"] = OrderNumber,
        ["支付宝账号"] = AlipayAccount,
        ["联系电话"] = Phone,
        ["收货人手机"] = Phone,
        ["付款时间"] = PaidAt,
        ["创建时间"] = CreatedAt,
        ["运单号"] = TrackingNumber,
        ["快递单号"] = TrackingNumber,
        ["快递公司"] = Carrier,
        ["买家留言"] = BuyerNote,
        ["卖家备注"] = SellerNote,
        ["宝贝数量"] = Quantity,
    };
}

namespace ShopBot.Knowledge.Cases;

/// <summary>Stable names and the Chinese labels the shop's sheets use for <see cref="CaseKind"/>.</summary>
public static class CaseKinds
{
    public static string Name(this CaseKind kind) => kind switch
    {
        CaseKind.HurryNote => "hurry_note",
        CaseKind.UrgentNote => "urgent_note",
        CaseKind.RefundRequest => "refund_request",
        CaseKind.Return => "return",
        CaseKind.Exchange => "exchange",
        CaseKind.InvoiceRequest => "invoice_request",
        CaseKind.Compensation => "compensation",
        CaseKind.LostParcel => "lost_parcel",
        CaseKind.LogisticsFollowUp => "logistics_follow_up",
        CaseKind.Reship => "reship",
        CaseKind.DelayShipment => "delay_shipment",
        CaseKind.AddressChange => "address_change",
        CaseKind.Repair => "repair",
        CaseKind.QualityReport => "quality_report",
 CaseKind.RefundWithdrawal => "refund_withdrawal", CaseKind.OrderChange => "order_change",
        CaseKind.CombineShipment => "combine_shipment",
        CaseKind.RefundCheck => "refund_check",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Label(this CaseKind kind) => kind switch
    {
        CaseKind.HurryNote => "催发货",
        CaseKind.UrgentNote => "超时加急",
        CaseKind.RefundRequest => "未发货退款",
        CaseKind.Return => "退货",
        CaseKind.Exchange => "换货",
        CaseKind.InvoiceRequest => "开发票",
        CaseKind.Compensation => "补偿",
        CaseKind.LostParcel => "丢件",
        CaseKind.LogisticsFollowUp => "物流跟进",
        CaseKind.Reship => "补发",
        CaseKind.DelayShipment => "延迟发货",
        CaseKind.AddressChange => "改地址",
        CaseKind.Repair => "维修",
        CaseKind.QualityReport => "质量问题反馈",
 CaseKind.RefundWithdrawal => "撤销退款", CaseKind.OrderChange => "改订单",
        CaseKind.CombineShipment => "合并发货",
        CaseKind.RefundCheck => "退款核查",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static CaseKind? Parse(string name) =>
        Enum.GetValues<CaseKind>().Cast<CaseKind?>().FirstOrDefault(k => string.Equals(k!.Value.Name(), name, StringComparison.Ordinal));

    /// <summary>
    /// Kinds that can move money (postage, refund, compensation): the ones the finance register lists and an agent
    /// settles. A quality report counts: the buyer chose no remedy yet, and the agent settles it with the one agreed.
    /// </summary>
    public static bool IsAfterSales(this CaseKind kind) =>
        kind is CaseKind.RefundRequest or CaseKind.Return or CaseKind.Exchange or CaseKind.Compensation or CaseKind.LostParcel or CaseKind.Reship or CaseKind.Repair or CaseKind.QualityReport;
}

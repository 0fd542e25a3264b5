using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>How the bot names an intent to the buyer when it asks which one they meant; also the buttons' text.</summary>
public static class IntentDescriptions
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [IntentIds.Track] = "查询包裹物流",
        [IntentIds.Hurry] = "催促尽快发货",
        [IntentIds.RefundUnshipped] = "取消还没发货的订单",
        [IntentIds.QualityReturn] = "处理商品质量问题",
        [IntentIds.Invoice] = "开具发票",
        [IntentIds.Human] = "联系人工客服",
        [IntentIds.Greeting] = "随便打个招呼",
        [IntentIds.Thanks] = "结束咨询",
        [IntentIds.ChangeAddress] = "修改收货地址",
        [IntentIds.NoReasonReturn] = "办理七天无理由退换",
        [IntentIds.Complaint] = "反映服务问题",
        [IntentIds.Payment] = "咨询付款方式",
        [IntentIds.Other] = "咨询其他问题",
        [IntentIds.PriceProtection] = "降价补差价",
        [IntentIds.DelayShipment] = "推迟发货",
        [IntentIds.Installation] = "安装指导",
        [IntentIds.Repair] = "保修维修",
        [IntentIds.CourierChoice] = "选择快递和发货地",
        [IntentIds.RestoreOrder] = "恢复已取消的订单",
    };

    /// <remarks>A change to an order still to ship is a need the splitter names, never a button: kept out of the buttons' text.</remarks>
    public static string Of(string intent) =>
        intent == Flows.OrderChangeFlow.FlowId ? "修改订单" : Descriptions.GetValueOrDefault(intent, "咨询其他问题");

    /// <summary>
    /// The need as the buyer put it: "餐具什么时候发" asks when it ships, never to hurry, so it is never announced as
    /// "催促尽快发货"; "羽绒服能换成130的吗" read as a hurry is the change to that order.
    /// </summary>
    public static string OfNeed(string intent, string normalizedText) =>
        intent == IntentIds.Hurry && Flows.OrderChanges.Read(normalizedText) is { To: not null } ? Of(Flows.OrderChangeFlow.FlowId)
        : intent == IntentIds.Hurry && !HurryAsk.IsAsked(normalizedText) ? "发货时间" : Of(intent);

    /// <summary>The intent whose description the buyer sent back (a tapped button), if any.</summary>
    public static string? Find(string text) =>
        Descriptions.FirstOrDefault(d => text.Contains(d.Value, StringComparison.Ordinal)).Key;
}

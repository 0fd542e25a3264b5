namespace ShopBot.Knowledge.Intents;

/// <summary>The Chinese name agents, trainers and finance read for each intent id; the id stays the key everywhere.</summary>
public static class IntentNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [IntentIds.Track] = "查物流",
        [IntentIds.Hurry] = "催发货",
        [IntentIds.RefundUnshipped] = "未发货退款",
        [IntentIds.QualityReturn] = "质量问题退换",
        [IntentIds.Invoice] = "开发票",
        [IntentIds.Human] = "转人工",
        [IntentIds.Greeting] = "打招呼",
        [IntentIds.Thanks] = "致谢",
        [IntentIds.ChangeAddress] = "改地址",
        [IntentIds.NoReasonReturn] = "七天无理由退货",
        [IntentIds.Complaint] = "投诉",
        [IntentIds.Payment] = "付款问题",
        [IntentIds.Other] = "其他",
        [IntentIds.PriceProtection] = "价保",
        [IntentIds.DelayShipment] = "延迟发货",
        [IntentIds.Installation] = "安装",
        [IntentIds.Repair] = "维修",
        [IntentIds.CourierChoice] = "指定快递",
        [IntentIds.RestoreOrder] = "恢复订单",
        ["order_change"] = "改订单",
    };

    /// <summary>The intent's Chinese name; an id without one (a trainer's new intent) is shown as it is.</summary>
    public static string Of(string intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return Names.TryGetValue(intent, out var name) ? name : intent;
    }

    /// <summary>Intents that say what the buyer wants, as opposed to greetings, thanks, asking for a person, or nothing clear.</summary>
    public static bool IsRequest(string intent) =>
        intent is not (IntentIds.Greeting or IntentIds.Thanks or IntentIds.Human or IntentIds.Other);
}

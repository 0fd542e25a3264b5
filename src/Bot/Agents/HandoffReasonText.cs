using System.Text.RegularExpressions;
using ShopBot.Bot.Turns;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Bot.Agents;

/// <summary>
/// Words a handoff reason (as the trigger policy and the flows write it, in English codes) for the Chinese console:
/// "flow needs a person: past_shipping_promise" reads 需要人工处理：超过承诺发货时间. An unknown reason is shown as it is.
/// </summary>
public static partial class HandoffReasonText
{
    private static readonly Dictionary<string, string> FlowReasons = new(StringComparer.Ordinal)
    {
        ["complaint"] = "买家投诉",
        ["address_after_shipment"] = "已发货后要改地址",
        ["mobile_after_shipment"] = "已发货后要改收件电话",
        ["contact_after_shipment"] = "已发货后要改收件人（地址不变）",
        ["invoice_reissue"] = "发票需要重开",
        ["invoice_status_check"] = "买家说之前要过发票，记录里查不到开票申请，请核实开票情况",
        ["invoice_tax_from_note"] = "买家说税号写在订单备注里，请从备注核对税号后开票",
        ["quality_review"] = "质量问题待审核",
        ["decision_pressed"] = "质量问题已登记，买家催要处理结果，请同事定处理方式",
        ["compensation"] = "买家要求补偿",
        ["lost_parcel"] = "疑似丢件",
        ["past_shipping_promise"] = "超过承诺发货时间",
        ["past_shipping_promise_kept"] = "超过承诺发货时间（买家要货，不取消）",
        ["past_shipping_promise_pressed"] = "超过承诺发货时间，已道歉并加急，买家仍在催，请跟仓库要发货时间",
        ["not_received"] = "显示签收但买家没收到",
        ["parcel_returned"] = "包裹被退回或拒收",
        ["parcel_problem"] = "快递标为疑难件",
        ["said_already"] = "同样的答复已说过，买家的事还没解决",
        ["order_unclear"] = "问了三次仍没确定是哪一笔订单",
        ["courier_fee"] = "快递要求加钱派送或让买家自取",
        ["parcel_intercept"] = "已发货的包裹买家不要了，需联系快递拦截退回",
        ["refund_not_arrived"] = "退款显示成功但买家没收到钱",
        ["refund_overdue"] = "退款超时还没处理",
        ["refund_dispute"] = "买家对退款有异议",
        ["payment_deducted"] = "买家说扣了款但订单没显示付款",
        ["unowned_paid"] = "买家坚持付过款，但这个账号下查不到这件商品的订单，请按付款记录核对",
        ["wholesale_quote"] = "买家要批发或大量采购的报价",
        ["special_invoice"] = "买家要开增值税专用发票",
        ["repair_swap"] = "买家登记了维修，想直接换新，请同事决定",
        ["reship_needed_by"] = "补发的商品买家有急用的日子，请核实照片后尽量优先安排",
        ["remedy_either"] = "买家给了两种处理方式（如补发或退款），请同事决定",
        ["manual_copy"] = "买家说明书丢了，请发电子版说明书或教买家操作",
        ["unanswered_question"] = "买家问了自己商品的问题，机器人答不了，请直接回答",
        ["not_understood_midway"] = "对话中途机器人没读懂买家的话，请接着处理",
    };

    public static string Of(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var text = reason.Trim();
        return text switch
        {
            "buyer asked for a person" => "买家要求转人工",
            "still unclear after one clarification" => "澄清一次后仍未理解买家",
            ReplyScreeningMiddleware.BlockedReplyReason => "机器人的回复被拦截，需要人工回复",
            _ when After(text, "flow needs a person:") is { } flow => "需要人工处理：" + FlowReason(flow),
            _ when After(text, "complaint:") is { } word => $"买家投诉（{word}）",
            _ when After(text, "anger:") is { } word => $"买家情绪激动（{word}）",
            _ when FailedTurns().Match(text) is { Success: true } failed => $"连续 {failed.Groups["n"].Value} 轮没能理解买家",
            _ => text,
        };
    }

    /// <summary>A flow's own reason code (<c>lost_parcel</c>) or an intent id (<c>repair</c>) in Chinese.</summary>
    public static string FlowReason(string code) =>
        FlowReasons.TryGetValue(code, out var text) ? text : IntentNames.Of(code);

    private static string? After(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..].Trim() : null;

    [GeneratedRegex(@"^(?<n>\d+) failed turns in a row$")]
    private static partial Regex FailedTurns();
}

namespace ShopBot.Knowledge.Templates;

/// <summary>
/// The slot names a template may use, written <c>{order_number}</c>. A template naming any other slot is refused
/// at load, so that a typo is found by the trainer and never reaches a buyer.
/// </summary>
public static class TemplateSlots
{
    public const string OrderNumber = "order_number";
    public const string Carrier = "carrier";
    public const string TrackingNumber = "tracking_number";
    public const string ShipTime = "ship_time";
    public const string PaidTime = "paid_time";
    public const string ShipBy = "ship_by";
    public const string PromiseHours = "promise_hours";
    public const string HoursLeft = "hours_left";
    public const string DaysSinceShipment = "days_since_shipment";
    public const string ItemTitle = "item_title";
    public const string OrderCount = "order_count";
    public const string OrderList = "order_list";
    public const string Amount = "amount";
    public const string PolicyTitle = "policy_title";
    public const string PolicyText = "policy_text";
    public const string IntentA = "intent_a";
    public const string IntentB = "intent_b";
    public const string InvoiceTitle = "invoice_title";
    public const string TaxNumber = "tax_number";
    public const string Email = "email";
    public const string Reason = "reason";
    public const string QueuePosition = "queue_position";
    public const string WaitMinutes = "wait_minutes";
    public const string NextOpening = "next_opening";
    public const string AgentName = "agent_name";
    public const string NewAddress = "new_address";
    public const string InvoiceStatus = "invoice_status";
    public const string Postage = "postage";

    /// <summary>When people answer chats, from the handoff options: 9:00-23:00.</summary>
    public const string ServiceHours = "service_hours";

    /// <summary>A logistics scan: when (M月d日 HH:mm), where, and what happened in the carrier's words.</summary>
    public const string ScanTime = "scan_time";
    public const string ScanPlace = "scan_place";
    public const string ScanText = "scan_text";

    /// <summary>The whole logistics trace, one scan a line, newest first.</summary>
    public const string TraceLines = "trace_lines";

    /// <summary>How many characters the buyer sent, e.g. a tax number of the wrong length.</summary>
    public const string Length = "length";

    /// <summary>Two policy titles offered when the buyer said an answer was not what they asked.</summary>
    public const string TopicA = "topic_a";

    public const string TopicB = "topic_b";

    /// <summary>An order's state in the words the Taobao order page uses (待付款, 待发货, 已发货, 交易成功, 已关闭, 退款中).</summary>
    public const string OrderState = "order_state";

    /// <summary>A change to an order in the shop's words, e.g. 尺码从120cm改成130cm, 改发顺丰.</summary>
    public const string Change = "change";

    /// <summary>A date the buyer named, normalised: 12月9日（周三）.</summary>
    public const string Date = "date";

    /// <summary>A sum the buyer asked for, as they gave it (50), beside what the bot may give (<see cref="Amount"/>).</summary>
    public const string AskedAmount = "asked_amount";

    /// <summary>The remedies a defect may be settled with, as offered to the buyer (退货退款、换新，或者…).</summary>
    public const string Remedies = "remedies";

    /// <summary>The part of a place the buyer gave while another is missing: 朝阳区 (the city left open), 浙江省.</summary>
    public const string Place = "place";

    /// <summary>Contact details taken down while the address is still to come: 收件人, 手机号, 收件人和手机号.</summary>
    public const string Noted = "noted";

    /// <summary>A smaller sum offered beside the most the bot may give (<see cref="Amount"/>), so the buyer has two to pick from.</summary>
    public const string SmallAmount = "small_amount";

    /// <summary>When an unpaid order closes by itself (M月d日 HH:mm), from its time placed and the platform's payment time.</summary>
    public const string ClosesAt = "closes_at";

    /// <summary>The days on the road to the receiver's region, from the delivery-time policy: 两三天, 三到五天, 五到七天.</summary>
    public const string Days = "days";

    /// <summary>The shop the buyer's orders were placed at, as the order export names it: 暖窝家居生活馆.</summary>
    public const string ShopName = "shop_name";

    /// <summary>The couriers the shop ships with as a rule, from the settings: 中通、圆通.</summary>
    public const string Couriers = "couriers";

    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        OrderNumber, Carrier, TrackingNumber, ShipTime, PaidTime, ShipBy, PromiseHours, HoursLeft, DaysSinceShipment,
        ItemTitle, OrderCount, OrderList, Amount, PolicyTitle, PolicyText, IntentA, IntentB, InvoiceTitle,
        TaxNumber, Email, Reason, QueuePosition, WaitMinutes, NextOpening, AgentName, NewAddress, InvoiceStatus, Postage,
        Length, ScanTime, ScanPlace, ScanText, TraceLines, TopicA, TopicB, OrderState, Change, Date, AskedAmount, Remedies,
        ServiceHours, Place, Noted, SmallAmount, Days, ShopName, ClosesAt, Couriers,
    };
}

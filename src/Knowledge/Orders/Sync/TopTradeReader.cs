using System.Globalization;
using System.Text.Json;

namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>
/// Reads TOP's JSON answer to <c>taobao.trades.sold.increment.get</c>:
/// <c>{"trades_sold_increment_get_response":{"total_results":N,"trades":{"trade":[…]}}}</c>, or
/// <c>{"error_response":{"code":7,"msg":"App Call Limited","sub_code":…}}</c>. The field mapping is in the README.
/// </summary>
public static class TopTradeReader
{
    public const string Fields = "tid,tid_str,status,buyer_nick,payment,total_fee,post_fee,created,pay_time,consign_time,modified,receiver_name,receiver_state,receiver_city,receiver_district,receiver_address,receiver_mobile,buyer_message,seller_memo,orders";

    public static TopTradePage Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("error_response", out var error))
        {
            var code = error.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : 0;
            throw new TopApiException(code, Text(error, "sub_code"), $"TOP error {code} {Text(error, "sub_code")}: {Text(error, "msg")} {Text(error, "sub_msg")}".Trim());
        }

        if (!root.TryGetProperty("trades_sold_increment_get_response", out var response))
        {
            throw new TopApiException(0, null, "TOP answered neither trades nor an error.");
        }

        var total = response.TryGetProperty("total_results", out var t) && t.TryGetInt32(out var count) ? count : 0;
        var trades = response.TryGetProperty("trades", out var wrapper) && wrapper.TryGetProperty("trade", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(Trade).ToList()
            : [];
        return new TopTradePage(trades, total);
    }

    private static SyncedOrder Trade(JsonElement trade)
    {
        var items = trade.TryGetProperty("orders", out var wrapper) && wrapper.TryGetProperty("order", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().ToList()
            : [];
        var first = items.Count > 0 ? items[0] : default;
        var number = Text(trade, "tid_str") ?? Text(trade, "tid") ?? throw new TopApiException(0, null, "A trade without tid.");
        var order = new Order
        {
            OrderNumber = number,
            BuyerId = Text(trade, "buyer_nick") ?? string.Empty,
            AmountDue = Money(Text(trade, "total_fee")),
            AmountPaid = Money(Text(trade, "payment")),
            Postage = Text(trade, "post_fee") is { } postFee ? Money(postFee) : null,
            Status = StatusOf(Text(trade, "status")),
            Refund = RefundOf(items.Select(i => Text(i, "refund_status"))),
            ReceiverName = Text(trade, "receiver_name"),
            Address = Address(trade),
            Phone = Text(trade, "receiver_mobile"),
            CreatedAt = Time(Text(trade, "created")) ?? throw new TopApiException(0, null, $"Trade {number} has no created time."),
            PaidAt = Time(Text(trade, "pay_time")),
            ShippedAt = Time(Text(trade, "consign_time")),
            Title = items.Count > 0 ? Text(first, "title") ?? string.Empty : string.Empty,
            Quantity = items.Sum(i => int.TryParse(Text(i, "num"), CultureInfo.InvariantCulture, out var n) ? n : 0),
            Carrier = items.Count > 0 ? Text(first, "logistics_company") : null,
            TrackingNumber = items.Count > 0 ? Text(first, "invoice_no") : null,
            BuyerNote = Text(trade, "buyer_message"),
            SellerNote = Text(trade, "seller_memo"),
        };
        return new SyncedOrder(order, Time(Text(trade, "modified")) ?? order.CreatedAt);
    }

    /// <summary>TOP's trade states onto the export's 订单状态.</summary>
    public static OrderStatus StatusOf(string? status) => status switch
    {
        "WAIT_BUYER_PAY" or "TRADE_NO_CREATE_PAY" or "PAY_PENDING" => OrderStatus.AwaitingPayment,
        "WAIT_SELLER_SEND_GOODS" or "SELLER_CONSIGNED_PART" or "PAID_FORBID_CONSIGN" or "WAIT_PRE_AUTH_CONFIRM" => OrderStatus.AwaitingShipment,
        "WAIT_BUYER_CONFIRM_GOODS" or "TRADE_BUYER_SIGNED" => OrderStatus.Shipped,
        "TRADE_FINISHED" => OrderStatus.Completed,
        "TRADE_CLOSED" or "TRADE_CLOSED_BY_TAOBAO" => OrderStatus.Closed,
        _ => throw new TopApiException(0, null, $"Unknown trade status '{status}'."),
    };

    /// <summary>The sub-orders' <c>refund_status</c>: any request still open makes the refund in progress.</summary>
    public static RefundStatus RefundOf(IEnumerable<string?> statuses)
    {
        var all = statuses.Where(s => s is not null && s != "NO_REFUND").ToList();
        return all switch
        {
            _ when all.Any(s => s is "WAIT_SELLER_AGREE" or "WAIT_BUYER_RETURN_GOODS" or "WAIT_SELLER_CONFIRM_GOODS" or "SELLER_REFUSE_BUYER") => RefundStatus.InProgress,
            _ when all.Contains("SUCCESS") => RefundStatus.Succeeded,
            _ when all.Contains("CLOSED") => RefundStatus.Closed,
            _ => RefundStatus.None,
        };
    }

    private static string? Address(JsonElement trade)
    {
        var parts = new[] { "receiver_state", "receiver_city", "receiver_district", "receiver_address" }.Select(n => Text(trade, n)).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count > 0 ? string.Join(" ", parts) : null;
    }

    private static decimal Money(string? text) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : 0m;

    /// <summary>TOP writes times as <c>yyyy-MM-dd HH:mm:ss</c> in China time.</summary>
    private static DateTimeOffset? Time(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock) ? ShanghaiTime.FromLocal(wallClock) : null;

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}

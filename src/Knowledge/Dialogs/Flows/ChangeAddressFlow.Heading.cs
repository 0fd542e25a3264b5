using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>The heading of a recorded change: what the warehouse is to change on the parcel's label.</summary>
public sealed partial class ChangeAddressFlow
{
    /// <summary>
    /// What the record is about: a new address, or only the phone or the recipient when the address stays as on the
    /// order ("电话写错了 改成139…" is no change of address). A correction ("不对 电话是…") is headed the same way: the
    /// recipient and phone it carries over from the earlier record are weighed against the order's, so a phone put
    /// right after a new recipient still reads "改收件人和电话", never "新地址".
    /// </summary>
    private static string Heading(Dictionary<string, string> values, Order order)
    {
        // A detail the order's address does not hold is a new address, whatever was carried over from a record.
        if (!values.ContainsKey(KeepAddressKey) || values.ContainsKey(RoomChangedKey)
            || (values.GetValueOrDefault(DetailKey) is { } detail && !CompactText.Of(order.Address ?? string.Empty).Contains(CompactText.Of(detail), StringComparison.Ordinal)))
        {
            return "新地址：";
        }

        var name = values.GetValueOrDefault(NameKey) is { } said && said != order.ReceiverName;
        var mobile = values.GetValueOrDefault(MobileKey) is { } number && number != order.Phone;
        return (name, mobile) switch
        {
            (false, true) => "改电话：",
            (true, false) => "改收件人：",
            _ => "改收件人和电话：",
        };
    }
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The parts of a recorded change of the receiver's details ("新地址：沈烟 13698765432 江苏省南京市鼓楼区中山路88号"),
/// each set against the order's own: which of the recipient, the phone and the address the change really changes.
/// </summary>
/// <param name="Name">The recipient recorded.</param>
/// <param name="Mobile">The mobile recorded.</param>
/// <param name="Place">The address recorded, without spaces.</param>
/// <param name="NameChanged">True when the recipient differs from the order's.</param>
/// <param name="MobileChanged">True when the mobile differs from the order's.</param>
/// <param name="AddressChanged">True when the address differs from the order's.</param>
public sealed partial record RecordedChange(string Name, string Mobile, string Place, bool NameChanged, bool MobileChanged, bool AddressChanged)
{
    /// <summary>The parts of <paramref name="description"/> against <paramref name="order"/>, or null when it holds no mobile and address.</summary>
    public static RecordedChange? Of(string? description, Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (description is null || order.Phone is not { Length: 11 } orderPhone || order.Address is null)
        {
            return null;
        }

        var body = Notes().Replace(Heading().Replace(description, string.Empty), string.Empty).Trim();
        var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(parts, p => MobileNumber().IsMatch(p));
        if (at < 0 || at == parts.Length - 1)
        {
            return null;
        }

        var name = at > 0 ? parts[at - 1] : order.ReceiverName ?? string.Empty;
        var place = string.Concat(parts.Skip(at + 1));
        var onOrder = CompactText.Of(order.Address);
        // The flow leaves a province out when the city repeats it ("上海上海市…" recorded as "上海市…").
        var sameAddress = onOrder == place || (place.Length > 4 && onOrder.EndsWith(place, StringComparison.Ordinal));
        return new RecordedChange(name, parts[at], place, name != order.ReceiverName, parts[at] != orderPhone, !sameAddress);
    }

    [GeneratedRegex("^[^：:]{1,8}[：:]")]
    private static partial Regex Heading();

    /// <summary>What the bot added: "（收件人和电话同原订单）", "（地址（只改门牌号）同原订单）", "（更正原申请AS…）".</summary>
    [GeneratedRegex("（(?:[^（）]|（[^（）]*）)*）")]
    private static partial Regex Notes();

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex MobileNumber();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// What a change of address keeps from the order: its address filled in when only the contact or the house number
/// changes, and the note that tells the warehouse which parts stand.
/// </summary>
public sealed partial class ChangeAddressFlow
{
    /// <summary>
    /// "改好了跟我说一声 别发到老地址去了", "羽绒服那单" once the change was recorded in this conversation: nothing new is
    /// given and no other change is asked for, so the recorded one stands, never a question for an address again.
    /// </summary>
    private static async Task<bool> FollowsUpRecordedAsync(FlowContext context, Order order, CancellationToken cancellationToken) =>
        !Gave(context) && AddressKeeps.Wanted(context.Compact) == (false, false) && !AnotherChange().IsMatch(context.Compact)
        && NewNumberOnly(context.Compact) is null
        && await EarlierHereAsync(context, order, cancellationToken).ConfigureAwait(false) is { } earlier
        && earlier.ConversationId == context.Input.ConversationId;

    /// <summary>
    /// "地址不变" said on its own (after a delay was noted, say), with no change of address asked or recorded here:
    /// nothing is to change, so nothing is asked and the address stays as on the order.
    /// </summary>
    private static async Task<bool> KeepsAllUnaskedAsync(FlowContext context, Order order, CancellationToken cancellationToken) =>
        OnlyKeeps(context) && AddressKeeps.Of(context.Compact).Address && !AddressKeeps.ChangesAddress(context.Compact)
        && !AnotherChange().IsMatch(context.Compact)
        && await EarlierHereAsync(context, order, cancellationToken).ConfigureAwait(false) is null;

    /// <summary>An address kept as on the order fills the place and detail from the order's address.</summary>
    private static void KeepOrderAddress(FlowContext context, Order order)
    {
        var values = context.State.Values;
        if (!values.ContainsKey(KeepAddressKey) || order.Address is not { } onOrder)
        {
            return;
        }

        var address = context.Services.Analyzer.Analyze(onOrder, [], context.Services.Time.GetUtcNow()).Address;
        Keep(values, ProvinceKey, address?.Province);
        Keep(values, CityKey, address?.City);
        Keep(values, DistrictKey, address?.District);
        Keep(values, DetailKey, DetailOf(onOrder, address) ?? CompactText.Of(address?.Detail ?? onOrder));
        if (values.Remove(RoomKey, out var room))
        {
            values[DetailKey] = AddressKeeps.Renumbered(values[DetailKey], room);
            values[RoomChangedKey] = "yes";
        }
    }

    /// <summary>
    /// The export's address is spaced ("湖北省 武汉市 洪山区 珞喻路 77号 桂子山庄 4栋 702"): the detail is every part after
    /// the place names, kept whole.
    /// </summary>
    private static string? DetailOf(string onOrder, Entities.AddressFacts? address)
    {
        var place = string.Concat(address?.Province, address?.City, address?.District);
        var parts = onOrder.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skipped = parts.TakeWhile(p => place.Contains(p, StringComparison.Ordinal)).Count();
        return skipped > 0 && skipped < parts.Length ? string.Concat(parts.Skip(skipped)) : null;
    }

    /// <summary>What the new details keep from the order, so the warehouse sees which part changed.</summary>
    private static string KeptNote(Dictionary<string, string> values)
    {
        var keepContact = values.ContainsKey(KeepContactKey);
        var kept = new List<string>();
        if (keepContact && !values.ContainsKey(NameKey))
        {
            kept.Add("收件人");
        }

        if (keepContact && !values.ContainsKey(MobileKey))
        {
            kept.Add("电话");
        }

        if (values.ContainsKey(KeepAddressKey))
        {
            kept.Add(values.ContainsKey(RoomChangedKey) ? "地址（只改门牌号）" : "地址");
        }

        return kept.Count switch
        {
            0 => string.Empty,
            _ when kept is ["收件人", "电话"] => SameContactNote,
            _ => $"（{string.Join("、", kept)}同原订单）",
        };
    }

    // A change asked for anew ("地址再改一下", "我还要改个电话", "地址又错了", "不是30楼 是31楼"), never "改好了告诉我".
    [GeneratedRegex("(再|又|还要|还想|重新|要|想|帮我|给我|得)(改|换)|改(一下|下|个)|(地址|电话|手机|号码|收件人|门牌)(又|还|再|也)?(要|得|想)?(改|换|错|不对)|写错|填错|错了|不对|不是")]
    private static partial Regex AnotherChange();
}

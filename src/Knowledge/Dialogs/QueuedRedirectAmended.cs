using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "是501号 不是500", "电话还是原来的" while the buyer waits for a person to have a shipped parcel redirected: the
/// address on the courier follow-up is amended (only the number said changes; the phone or recipient said to stay go
/// back to the order's) and recorded again, so the person asks the courier for the address she means, never one she
/// put right in the chat only. She hears what the follow-up now says.
/// </summary>
internal static partial class QueuedRedirectAmended
{
    private const string RedirectNote = "已发货，买家要改地址：请联系快递改派到 ";

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Facts.Address?.City is not null || context.State.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.Shipped } order)
        {
            return false;
        }

        var redirect = (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.LogisticsFollowUp).ConfigureAwait(false))
            .LastOrDefault(c => c.Description?.StartsWith(RedirectNote, StringComparison.Ordinal) == true);
        if (redirect?.Description is not { } description || RecordedAddress(context, description) is not { } recorded)
        {
            return false;
        }

        var amended = Amend(context, order, recorded);
        if (amended == recorded)
        {
            // "电话还是原来的" when the follow-up already keeps the order's phone: confirmed, nothing recorded again.
            var keeps = AddressKeeps.Of(context.Compact);
            if ((keeps.Mobile || keeps.Name) && recorded.Mobile is null && recorded.RecipientName is null)
            {
                context.Say("change_address.redirect_kept", context.SlotsOf(order));
                return true;
            }

            return false;
        }

        var shown = await QueuedAddress.RecordRedirectAsync(context, order, amended, cancellationToken).ConfigureAwait(false);
        context.Say("change_address.redirect_amended", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [Templates.TemplateSlots.NewAddress] = shown,
        });
        return true;
    }

    /// <summary>The redirect address as recorded, the recipient and phone left out where they are the order's own.</summary>
    private static AddressFacts? RecordedAddress(FlowContext context, string description)
    {
        var text = description[RedirectNote.Length..];
        var end = text.IndexOf('（', StringComparison.Ordinal) is var note and >= 0 ? note : text.IndexOf('；', StringComparison.Ordinal);
        var address = context.Services.Analyzer.Analyze(end >= 0 ? text[..end] : text, [], context.Services.Time.GetUtcNow()).Address;
        if (address?.Detail is null)
        {
            return null;
        }

        var order = context.Services.Orders.Find(context.Input.BuyerId, context.State.LastOrderNumber!);
        return address with
        {
            RecipientName = address.RecipientName == order?.ReceiverName ? null : address.RecipientName,
            Mobile = address.Mobile == order?.Phone ? null : address.Mobile,
        };
    }

    /// <summary>The number said instead replaced in the detail; a phone or recipient said to stay put back to the order's.</summary>
    private static AddressFacts Amend(FlowContext context, Order order, AddressFacts recorded)
    {
        var amended = recorded;
        if (Renumbering(context.Compact) is { } change && recorded.Detail is { } detail)
        {
            var renumbered = NumberWithUnit().Replace(detail, m =>
                m.Groups["n"].Value == change.Old && (change.Unit.Length == 0 || m.Groups["u"].Value == change.Unit) ? change.New + m.Groups["u"].Value : m.Value);
            amended = amended with { Detail = renumbered };
        }

        var keeps = AddressKeeps.Of(context.Compact);
        if (keeps.Mobile && context.Facts.Address?.Mobile is null)
        {
            amended = amended with { Mobile = null };
        }

        if (keeps.Name && context.Facts.PersonNames.Count == 0)
        {
            amended = amended with { RecipientName = null };
        }

        // "电话改成139…" while waiting: the new number goes on the redirect too.
        if (context.Facts.Address?.Mobile is { } mobile && mobile != order.Phone)
        {
            amended = amended with { Mobile = mobile };
        }

        return amended;
    }

    /// <summary>"501号 不是500", "不是500 是501号": the number said now, the one it replaces, and the unit when said.</summary>
    private static (string New, string Old, string Unit)? Renumbering(string compact)
    {
        var m = NewNotOld().Match(compact) is { Success: true } a ? a : OldThenNew().Match(compact);
        return m.Success ? (m.Groups["new"].Value, m.Groups["old"].Value, m.Groups["nu"].Success ? m.Groups["nu"].Value : m.Groups["ou"].Value) : null;
    }

    [GeneratedRegex("(?<new>[0-9]+)(?<nu>[号栋幢室楼层])?,?而?不是(?<old>[0-9]+)(?<ou>[号栋幢室楼层])?")]
    private static partial Regex NewNotOld();

    [GeneratedRegex("不是(?<old>[0-9]+)(?<ou>[号栋幢室楼层])?,?而?是(?<new>[0-9]+)(?<nu>[号栋幢室楼层])?")]
    private static partial Regex OldThenNew();

    [GeneratedRegex("(?<n>[0-9]+)(?<u>[号栋幢室楼层]?)")]
    private static partial Regex NumberWithUnit();
}

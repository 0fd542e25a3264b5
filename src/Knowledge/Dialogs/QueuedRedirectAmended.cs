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
internal static class QueuedRedirectAmended
{
    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Facts.Address?.City is not null || context.State.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Status: OrderStatus.Shipped } order)
        {
            return false;
        }

        var redirect = (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.LogisticsFollowUp).ConfigureAwait(false))
            .LastOrDefault(c => c.Description?.StartsWith(QueuedAddress.RedirectTo, StringComparison.Ordinal) == true);
        if (redirect?.Description is not { } description || RecordedAddress(context, order, description) is not { } recorded)
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
    private static AddressFacts? RecordedAddress(FlowContext context, Order order, string description)
    {
        var text = description[QueuedAddress.RedirectTo.Length..];
        var end = text.IndexOf('（', StringComparison.Ordinal) is var note and >= 0 ? note : text.IndexOf('；', StringComparison.Ordinal);
        var address = context.Services.Analyzer.Analyze(end >= 0 ? text[..end] : text, [], context.Services.Time.GetUtcNow()).Address;
        if (address?.Detail is null)
        {
            return null;
        }

        return address with
        {
            RecipientName = address.RecipientName == order.ReceiverName ? null : address.RecipientName,
            Mobile = address.Mobile == order.Phone ? null : address.Mobile,
        };
    }

    /// <summary>The number said instead replaced in the detail; a phone or recipient said to stay put back to the order's.</summary>
    private static AddressFacts Amend(FlowContext context, Order order, AddressFacts recorded)
    {
        var amended = recorded.Detail is { } detail && ChangeAddressFlow.Renumbered(detail, context.Compact) is { } renumbered
            ? recorded with { Detail = renumbered }
            : recorded;

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
}

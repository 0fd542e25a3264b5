using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "另一件没问题", "只换一件 另一件不用" right after this chat recorded an exchange on an order of several pieces: the
/// exchange is narrowed to one piece (recorded again so, the broader one withdrawn) and the buyer told so, never the
/// seven-day no-reason text nor a list of orders.
/// </summary>
public static partial class ExchangeNarrowed
{
    /// <summary>Longer lines carry a need of their own.</summary>
    private const int MaxLength = 20;

    private const string OnePiece = "只换其中1件";

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || context.Compact.Length > MaxLength || !OneOnly().IsMatch(context.Compact)
            || state.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Quantity: > 1 } order)
        {
            return false;
        }

        var exchange = (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.Exchange).ConfigureAwait(false))
            .OrderBy(c => c.CreatedAt).LastOrDefault();
        if (exchange?.Description is not { } description)
        {
            return false;
        }

        state.ClearClarification();
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Change] = $"{OnePiece}，其余{order.Quantity - 1}件不换" };
        if (description.Contains(OnePiece, StringComparison.Ordinal))
        {
            context.Say("focus.exchange_one_already", slots);
            return true;
        }

        await context.Actions.WithdrawCaseAsync(context.Turn, exchange.Id, "买家只换其中1件，已按1件重新登记", cancellationToken).ConfigureAwait(false);
        await context.Actions.OpenReturnCaseAsync(context.Turn, number, exchange: true, $"{description}；{slots[TemplateSlots.Change]}", [], cancellationToken).ConfigureAwait(false);
        context.Say("focus.exchange_one", slots);
        return true;
    }

    // "另一件没问题", "另外一件不用换", "只换一件", "就换1件", "一件就行".
    [GeneratedRegex("另(?:一|外)(?:一)?(?:件|个|条|只|套|双)?(?:的)?(?:没问题|没事|不用|不换|是好的|好的|挺好|合适|可以|正常|不需要)|只(?:要)?换(?:一|1)(?:件|个|条|只|套|双)|就换(?:一|1)(?:件|个|条|只|套|双)|换(?:一|1)(?:件|个|条|只|套|双)就(?:行|好|可以)")]
    private static partial Regex OneOnly();
}

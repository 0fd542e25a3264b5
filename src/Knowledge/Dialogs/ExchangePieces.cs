using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// How many pieces an exchange recorded in this chat is for, on an order of several: "另一件没问题", "只换一件 另一件不用"
/// narrow it to one piece, "两件都换", "全都换" widen it to all of them. The exchange is recorded again so (the earlier
/// one withdrawn) and the buyer told so, never the seven-day no-reason text nor a list of orders.
/// </summary>
public static partial class ExchangePieces
{
    /// <summary>Longer lines carry a need of their own.</summary>
    private const int MaxLength = 20;

    private const string OnePiece = "只换其中1件";

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var one = OneOnly().IsMatch(context.Compact);
        if (state.ActiveFlow is not null || context.Compact.Length > MaxLength || !(one || AllOf().IsMatch(context.Compact))
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
        var pieces = one ? $"{OnePiece}，其余{order.Quantity - 1}件不换" : $"{order.Quantity}件都换";
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Change] = pieces };
        var kept = one ? "focus.exchange_one_already" : "focus.exchange_all_already";
        if (description.Contains(one ? OnePiece : pieces, StringComparison.Ordinal))
        {
            context.Say(kept, slots);
            return true;
        }

        var reason = one ? "买家只换其中1件，已按1件重新登记" : $"买家{pieces}，已按{order.Quantity}件重新登记";
        var before = PiecesSaid().Replace(description, string.Empty);
        await context.Actions.WithdrawCaseAsync(context.Turn, exchange.Id, reason, cancellationToken).ConfigureAwait(false);
        await context.Actions.OpenReturnCaseAsync(context.Turn, number, exchange: true, $"{before}；{pieces}", [], cancellationToken).ConfigureAwait(false);
        context.Say(one ? "focus.exchange_one" : "focus.exchange_all", slots);
        return true;
    }

    // "另一件没问题", "另外一件不用换", "只换一件", "就换1件", "一件就行", "一件换L就行", "另一件我老公穿正好".
    [GeneratedRegex("(?:一|1)(?:件|个|条|只|套|双)换(?:成)?[a-z0-9]{0,4}(?:码|号)?(?:的)?就(?:行|好|可以)|另(?:一|外)(?:一)?(?:件|个|条|只|套|双)?[^,，。;；]{0,6}(?:正好|刚好|合身|能穿|留着)|另(?:一|外)(?:一)?(?:件|个|条|只|套|双)?(?:的)?(?:没问题|没事|不用|不换|是好的|好的|挺好|合适|可以|正常|不需要)|只(?:要)?换(?:一|1)(?:件|个|条|只|套|双)|就换(?:一|1)(?:件|个|条|只|套|双)|换(?:一|1)(?:件|个|条|只|套|双)就(?:行|好|可以)")]
    private static partial Regex OneOnly();

    // The pieces an earlier record of this chat was narrowed or widened to.
    [GeneratedRegex("；(?:只换其中1件[^；]*|[0-9]+件都换)$")]
    private static partial Regex PiecesSaid();

    // "两件都换", "全都换", "都要换", "两件一起换", "兩件都換" (folded).
    [GeneratedRegex("(?:[两二三四2-4](?:件|个|条|只|套|双)?)?(?:都|全都|全部|全|一起)(?:要|得|需要)?换|(?:[两二三四2-4](?:件|个|条|只|套|双))(?:一起|全部)?换(?:掉)?$")]
    private static partial Regex AllOf();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// How many pieces an exchange recorded in this chat is for, on an order of several: "另一件没问题", "只换一件 另一件不用"
/// narrow it to one piece, "换两件就好 一件留着" to two of three, "两件都换", "全都换" widen it to all of them. The exchange
/// is recorded again so (the earlier one withdrawn) and the buyer told so, never the seven-day no-reason text, a partial
/// return nor a list of orders. Before the parcel arrives, the pieces are told back for the application, nothing recorded.
/// </summary>
public static partial class ExchangePieces
{
    private const string OnceReceivedTemplate = "no_reason_return.exchange_once_received";
    private const string PiecesOnceReceivedTemplate = "no_reason_return.exchange_pieces_once_received";

    /// <summary>Longer lines carry a need of their own.</summary>
    private const int MaxLength = 20;

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || context.Compact.Length > MaxLength
            || state.LastOrderNumber is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { Quantity: > 1 } order
            || Wanted(context.Compact, order.Quantity) is not { } wanted)
        {
            return false;
        }

        var exchange = (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.Exchange).ConfigureAwait(false))
            .OrderBy(c => c.CreatedAt).LastOrDefault();
        if (exchange is null && (context.Told(OnceReceivedTemplate, number) || context.Told(ExchangeBeforeArrival.Template, number)))
        {
            // "三件都要换" after hearing how the exchange goes once the parcel is in: nothing to record yet, the pieces told back.
            state.ClearClarification();
            var to = state.WantedOnArrival is { } size ? "成" + size : string.Empty;
            var said = wanted >= order.Quantity ? $"{order.Quantity}件都换{to}" : $"只换其中{wanted}件{to}";
            context.Say(PiecesOnceReceivedTemplate,
                new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Change] = said });
            return true;
        }

        if (exchange?.Description is not { } description)
        {
            return false;
        }

        state.ClearClarification();
        var all = wanted >= order.Quantity;
        var pieces = Said(wanted, order.Quantity);
        var slots = new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Change] = pieces };
        if (description.Contains(pieces, StringComparison.Ordinal))
        {
            context.Say(all ? "focus.exchange_all_already" : "focus.exchange_part_already", slots);
            return true;
        }

        var reason = all ? $"买家{pieces}，已按{order.Quantity}件重新登记" : $"买家只换其中{wanted}件，已按{wanted}件重新登记";
        var before = PiecesSaid().Replace(description, string.Empty);
        await context.Actions.WithdrawCaseAsync(context.Turn, exchange.Id, reason, cancellationToken).ConfigureAwait(false);
        await context.Actions.OpenReturnCaseAsync(context.Turn, number, exchange: true, $"{before}；{pieces}", [], cancellationToken).ConfigureAwait(false);
        context.Say(all ? "focus.exchange_all" : "focus.exchange_part", slots);
        return true;
    }

    /// <summary>
    /// The pieces of an order of <paramref name="quantity"/> the line asks to exchange ("想换两件L": 2), or nothing when it
    /// names no count; a count of the whole order or more is all of it.
    /// </summary>
    public static int? Wanted(string compactText, int quantity)
    {
        ArgumentNullException.ThrowIfNull(compactText);
        // "两件都换 不对 换一件就行": what is said after the buyer corrects themself is what they want.
        var corrected = Corrected().Split(compactText)[^1];
        compactText = corrected.Length > 0 ? corrected : compactText;
        if (AllOf().IsMatch(compactText))
        {
            return quantity;
        }

        if (Some().Match(compactText) is { Success: true } some)
        {
            return Count(some.Groups["n"].Value);
        }

        return Kept().Match(compactText) is { Success: true } kept ? Math.Max(1, quantity - Count(kept.Groups["k"].Value)) : null;
    }

    /// <summary>The pieces in the shop's words: "只换其中2件，其余1件不换" or "3件都换".</summary>
    public static string Said(int wanted, int quantity) =>
        wanted >= quantity ? $"{quantity}件都换" : $"只换其中{wanted}件，其余{quantity - wanted}件不换";

    private static int Count(string numeral) => numeral switch
    {
        "" or "一" or "1" => 1,
        "两" or "二" or "2" => 2,
        "三" or "3" => 3,
        "四" or "4" => 4,
        _ => 5,
    };

    // "只换一件", "就换1件", "换两件就好", "一件换L就行", "想换两件L", "两件换成L"; "一件换L就行 另一件留给我老公穿": the rest said after.
    [GeneratedRegex("(?:只(?:要)?|就|想|要)换(?<n>[一两二三四五1-5])(?:件|个|条|只|套|双)|换(?<n>[一两二三四五1-5])(?:件|个|条|只|套|双)就(?:行|好|可以|够)|(?<n>[一两二三四五1-5])(?:件|个|条|只|套|双)换(?:成)?[a-z0-9]{0,4}(?:码|号)?(?:的)?(?:就(?:行|好|可以))?(?=$|另|其余|其他|剩下)")]
    private static partial Regex Some();

    // "另一件没问题", "另外一件不用换", "另外一件XL留着", "另一件我老公穿正好", "另一件留给我老公穿", "一件留着我爸穿", "留一件".
    [GeneratedRegex("另(?:一|外)(?:一)?(?:件|个|条|只|套|双)?[^,，。;；]{0,6}(?:正好|刚好|合身|能穿|留着|留给|不换|自己穿|给[^,，。;；]{1,4}穿)|另(?:一|外)(?:一)?(?:件|个|条|只|套|双)?(?:的)?(?:没问题|没事|不用|不换|是好的|好的|挺好|合适|可以|正常|不需要)|(?<k>[一两1-2])(?:件|个|条|只|套|双)[a-z0-9]{0,4}(?:的)?留着|留(?<k>[一两1-2])(?:件|个|条|只|套|双)")]
    private static partial Regex Kept();

    // "不对", "说错了", "哦不": the buyer corrects what they just said.
    [GeneratedRegex("不对|说错了|打错了|哦不|噢不|不是不是")]
    private static partial Regex Corrected();

    // The pieces an earlier record of this chat was narrowed or widened to.
    [GeneratedRegex("；(?:只换其中[0-9]+件[^；]*|[0-9]+件都换)$")]
    private static partial Regex PiecesSaid();

    // "两件都换", "全都换", "都要换", "两件一起换", "兩件都換" (folded).
    [GeneratedRegex("(?:[两二三四2-4](?:件|个|条|只|套|双)?)?(?:都|全都|全部|全|一起)(?:要|得|需要)?换|(?:[两二三四2-4](?:件|个|条|只|套|双))(?:一起|全部)?换(?:掉)?$")]
    private static partial Regex AllOf();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "打了五六次 要么关机要么不接", then "能不能让他直接放驿站" after the shop took up a courier who cannot be reached: more of
/// the same trouble is acknowledged as part of the follow-up already recorded, and a wish for the hand-over is passed on
/// with it (written down as a delivery note, so colleagues see it), never "call the courier yourself" to a buyer
/// who cannot reach him.
/// </summary>
internal static partial class CourierChaseMore
{
    private const string Unreachable = "track.courier_unreachable";

    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } orderNumber || !context.Told(Unreachable, orderNumber)
            || context.Facts.MatchedOrderNumbers.Any(n => n != orderNumber))
        {
            return false;
        }

        var slots = new Dictionary<string, string?>(StringComparer.Ordinal) { [TemplateSlots.OrderNumber] = orderNumber };
        // "放驿站 我下班自己取" is the buyer's own offer, not a courier sending them to fetch it.
        if (DeliveryWish.Read(FetchesSelf().Replace(context.Compact, string.Empty)) is { } wish)
        {
            slots[TemplateSlots.Change] = DeliveryWish.Said(wish);
            state.ClearClarification();
            // The follow-up already open is one record per order; the wish is a delivery note of its own beside it.
            await context.Actions.RequestOrderChangeAsync(context.Turn, orderNumber, "配送备注", $"{wish}（快递员联系不上，联系网点时一并转告）", cancellationToken).ConfigureAwait(false);
            context.Say("track.courier_wish_passed_on", slots);
            return true;
        }

        if (TrackSituations.CourierUnreachable(context.Normalized) || Tried().IsMatch(context.Compact))
        {
            state.ClearClarification();
            context.Say("track.courier_unreachable_more", slots);
            return true;
        }

        return false;
    }

    [GeneratedRegex("我?(下班|回来|回家|有空)?(后|了)?(再)?自己(去)?(取|拿)")]
    private static partial Regex FetchesSelf();

    /// <summary>"打了五六次", "打了好几遍": how often the buyer tried.</summary>
    [GeneratedRegex("打了[0-9一二两三四五六七八九十几好]+[次遍个回通]|打了半天|一直打")]
    private static partial Regex Tried();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "ok I'll place a new order now, thx", "got it thanks": a line in English that ends with a thanks closes what came
/// before; it is never a line not understood handed to a person. Right after the buyer heard to place an added item as
/// an order of its own, a new order said in it is noted to ship with the order waiting, as "我重新拍一单" is.
/// </summary>
public static partial class EnglishThanks
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Normalized;
        if (text.Any(PersonNames.IsHan) || !EndsWithThanks().IsMatch(text))
        {
            return false;
        }

        context.State.ClearClarification();
        if (NewOrder().IsMatch(text) && PolicyTopics.PayFirstToldOn(context) is { } order)
        {
            await PolicyTopics.NoteNewOrderAsync(context, order, cancellationToken).ConfigureAwait(false);
            return true;
        }

        context.Say("thanks.reply");
        return true;
    }

    [GeneratedRegex("(?:^|[^a-z])(?:thx|thanks|thank you|thank u|thankyou|ty|tks|tq|3q)(?: (?:a lot|so much|very much))?[ !.~]*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithThanks();

    [GeneratedRegex("new order|another order|order (?:it )?again|reorder|re-order|(?:place|make) (?:a|an|the)? ?order|buy (?:it |them )?again", RegexOptions.IgnoreCase)]
    private static partial Regex NewOrder();
}

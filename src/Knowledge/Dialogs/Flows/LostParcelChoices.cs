using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// What a buyer whose parcel is lost wants instead ("丢了就给我补发", "直接退款吧"): kept in the lost-parcel case for the
/// person who settles it, and acknowledged in the reply, so the buyer is not asked again.
/// </summary>
public static partial class LostParcelChoices
{
    /// <summary>The case's description with the buyer's choice, if any, and the choice acknowledged.</summary>
    public static string Noted(FlowContext context, string description, IReadOnlyDictionary<string, string?> slots)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = context.Compact;
        var choice = Refund().IsMatch(compact) ? "refund" : Reship().IsMatch(compact) ? "reship" : null;
        if (choice is null)
        {
            return description;
        }

        context.Say($"track.lost_choice_{choice}", slots);
        return $"{description}；买家希望{(choice == "refund" ? "退款" : "补发")}";
    }

    [GeneratedRegex("(?<!不要|不用|别|不想)(退款|退钱|把钱退|钱退)")]
    private static partial Regex Refund();

    [GeneratedRegex("(?<!不要|不用|别|不想)(补发|重发|重新发|再发|补寄|重新寄|再寄)")]
    private static partial Regex Reship();
}

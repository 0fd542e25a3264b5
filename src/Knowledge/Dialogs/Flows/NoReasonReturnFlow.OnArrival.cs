using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "到了发现用不了的话能换吗", "收到后不合适可以退吗": an exchange or return supposed for goods still on their way, no size or
/// colour named. No problem can exist yet, so it is neither a quality case nor a choice between the two: the buyer hears
/// how it goes once the parcel is in hand (within 7 days of receipt, unused, the postage theirs), nothing recorded.
/// </summary>
public sealed partial class NoReasonReturnFlow
{
    private const string SwapOnArrivalTemplate = "no_reason_return.swap_once_received";

    /// <summary>True when the line supposes the goods will not do once they arrive and asks whether they can be swapped or sent back.</summary>
    public static bool AsksSwapOnArrival(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Supposes().IsMatch(context.Compact) && SwapAsked().IsMatch(context.Compact);
    }

    // "能换吗", "可以退吗", "能不能换", "換得了嗎": whether a swap or a return is possible.
    [GeneratedRegex("(能|可以|可不可以|能不能|让|讓)(换|換|退|调换|調換)|(换|換|退)(得了|的了)|(包|给)(换|換|退)")]
    private static partial Regex SwapAsked();
}

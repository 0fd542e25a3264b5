using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不要退款啊 就要换", "不退 还是换", "我是要换货 不是退" after a no-reason exchange was recorded in this chat: a refund
/// turned down beside the exchange wanted keeps that exchange, said once, never "这件事先不用办了" (which reads as the
/// exchange dropped) nor a refund started. With the parcel still on its way and the exchange told as it will go once
/// received, nothing recorded yet, the same line keeps that plan: apply for the exchange on arrival.
/// </summary>
public static partial class ExchangeKept
{
    /// <summary>Longer lines carry a need of their own.</summary>
    private const int MaxLength = 16;

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || context.Compact.Length > MaxLength
            || !RefundTurnedDown().IsMatch(context.Compact) || !ExchangeWanted().IsMatch(context.Compact)
            || state.LastOrderNumber is not { } number || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        var recorded = await OpenCases.LatestHereAsync(context, number, CaseKind.Exchange, cancellationToken).ConfigureAwait(false) is not null;
        if (!recorded && !context.Told(NoReasonReturnFlow.OnceReceived, number))
        {
            return false;
        }

        state.ClearClarification();
        context.Say(recorded ? "no_reason_return.exchange_kept" : "no_reason_return.exchange_kept_on_arrival",
            new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Change] = state.WantedOnArrival ?? "您要的规格" });
        return true;
    }

    [GeneratedRegex("(?:不要|不用|不想|不是|别|不)(?:给我)?退(?:款|钱|货)?")]
    private static partial Regex RefundTurnedDown();

    [GeneratedRegex("(?:就|还是|只|是|要)(?:要)?换(?:货|掉|一下)?(?![成个])|换货")]
    private static partial Regex ExchangeWanted();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "没有1.5的话就退了吧", "没货就直接退" right after a no-reason exchange was recorded in this chat: what the buyer wants
/// when the size or colour cannot be had goes on that exchange (recorded again, the earlier one withdrawn), the postage
/// still the buyer's; never "签收了不能直接退款" nor a return opened beside the exchange.
/// </summary>
public static partial class ExchangeFallback
{
    /// <summary>Longer lines carry a need of their own.</summary>
    private const int MaxLength = 20;

    /// <summary>The fallback in the shop's words, as <see cref="NoReasonReturnFlow"/> also writes it.</summary>
    public const string Said = "没有的话买家要退货退款";

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || Accepted().Replace(context.Compact, string.Empty).Length > MaxLength || !NoReasonReturnFlow.OrElseReturns(context.Compact)
            || state.LastOrderNumber is not { } number || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        var exchange = await OpenCases.LatestHereAsync(context, number, CaseKind.Exchange, cancellationToken).ConfigureAwait(false);
        if (exchange?.Description is not { } description || !description.Contains(NoReasonReturnFlow.NotQuality, StringComparison.Ordinal))
        {
            return false;
        }

        state.ClearClarification();
        if (description.Contains(Said, StringComparison.Ordinal))
        {
            context.Say("no_reason_return.exchange_fallback_already", context.SlotsOf(order));
            return true;
        }

        await context.Actions.WithdrawCaseAsync(context.Turn, exchange.Id, "买家补充没有要换的规格就退货，已重新登记", cancellationToken).ConfigureAwait(false);
        await context.Actions.OpenReturnCaseAsync(context.Turn, number, exchange: true, $"{description}；{Said}", [], cancellationToken).ConfigureAwait(false);
        context.Say("no_reason_return.exchange_fallback", context.SlotsOf(order));
        return true;
    }

    // "运费我出就我出 thx": the postage taken on and thanks add no need, so they do not make the line too long to be a fallback.
    [GeneratedRegex("(?:运费|邮费|快递费)(?:我|我自己|自己)(?:来)?(?:出|付|承担)(?:就我(?:来)?(?:出|付))?(?:也行|也可以|没问题|都行)?|thx|thanks|谢谢|谢啦|多谢|[～~!！]+", RegexOptions.IgnoreCase)]
    private static partial Regex Accepted();
}

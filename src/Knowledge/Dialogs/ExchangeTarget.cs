using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "有黑色的吗 有的话换黑的", "那換藏青的吧", "还是换白的" after a no-reason exchange was recorded in this chat: the colour or
/// size now named goes on that exchange (recorded again, the earlier one withdrawn) and the reply says so once, with
/// the stock left to the product page; never the exchange steps again over a record that still says nothing or the
/// old value.
/// </summary>
public static partial class ExchangeTarget
{
    /// <summary>Longer lines carry a need of their own.</summary>
    private const int MaxLength = 24;

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || context.Compact.Length > MaxLength || Wanted(context) is not { } target
            || state.LastOrderNumber is not { } number || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        var exchange = await OpenCases.LatestHereAsync(context, number, CaseKind.Exchange, cancellationToken).ConfigureAwait(false);
        if (exchange?.Description is not { } description || !description.Contains(NoReasonReturnFlow.NotQuality, StringComparison.Ordinal)
            || description.Contains(target, StringComparison.Ordinal))
        {
            return false;
        }

        var change = target[0] is '大' or '小' ? $"换{target}" : $"换成{target}";
        var updated = Awaited().IsMatch(description) ? Awaited().Replace(description, change, 1)
            : Told().IsMatch(description) ? Told().Replace(description, change, 1)
            : description.Insert(Math.Max(description.IndexOf('（', StringComparison.Ordinal), 0), $"，{change}");
        // "有的话换黑的 没有就退了吧": what the buyer wants when it is not there goes on the same record.
        updated = NoReasonReturnFlow.OrElseReturns(context.Compact) && !updated.Contains(ExchangeFallback.Said, StringComparison.Ordinal)
            ? updated.Replace(change, $"{change}，{ExchangeFallback.Said}", StringComparison.Ordinal) : updated;
        state.ClearClarification();
        await context.Actions.WithdrawCaseAsync(context.Turn, exchange.Id, "买家说了要换的颜色或规格，已重新登记", cancellationToken).ConfigureAwait(false);
        await context.Actions.OpenReturnCaseAsync(context.Turn, number, exchange: true, updated, [], cancellationToken).ConfigureAwait(false);
        context.Say("no_reason_return.exchange_target", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal) { [TemplateSlots.Change] = target });
        return true;
    }

    /// <summary>The colour or size the line asks for ("换黑的"), or asks about ("有藏青色的吗", "有没有L码").</summary>
    private static string? Wanted(FlowContext context) =>
        NoReasonReturnFlow.TargetOf(context)
        ?? (AsksAbout().Match(context.Compact) is { Success: true } asked ? context.Services.Analyzer.Specs.Wanted($"换{asked.Groups["v"].Value}的") : null);

    [GeneratedRegex("有(?:没有)?(?<v>[^有吗么嘛没不,.;!?，。；！？~～]{1,4}?)色?的?(?:吗|么|嘛|没|不|没有|呢)")]
    private static partial Regex AsksAbout();

    // The value the record waited for, as NoReasonReturnFlow writes it.
    [GeneratedRegex("要换的(?:颜色|规格)" + NoReasonReturnFlow.TargetAwaited)]
    private static partial Regex Awaited();

    // "换成黑色", "XL换L", "换大一码": the value recorded before, up to the next clause.
    [GeneratedRegex("(?<=，)[^，；（]*换[^，；（]*")]
    private static partial Regex Told();
}

using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "不对 30就行", "算了 给40也行" while the buyer waits for the supervisor over a compensation this chat recorded: the
/// sum she now asks replaces the one on the record (recorded again with it, the earlier one withdrawn), so the
/// supervisor reads what she wants, not a sum she took back; she hears the new sum is on the record. A sum the bot may
/// give itself, or a line with no word of a changed sum, is left to the person.
/// </summary>
internal static partial class QueuedCompensationSum
{
    public static async Task<bool> TryAmendAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cap = context.Services.Options.MaxBotCompensation;
        if (SumSaid(context) is not { } sum || sum <= cap || !SumChanged().IsMatch(context.Compact)
            || context.State.LastOrderNumber is not { } number || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        var recorded = (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.Compensation).ConfigureAwait(false)).MaxBy(c => c.CreatedAt);
        if (recorded?.Description is not { } description || AskedSum().Match(description) is not { Success: true } asked)
        {
            return false;
        }

        var said = sum.ToString("0.##", CultureInfo.InvariantCulture);
        if (asked.Groups["sum"].Value == said)
        {
            return false;
        }

        var amended = AskedSum().Replace(description, m => $"{m.Groups["lead"].Value}{said}元");
        await context.Actions.RequestCompensationAsync(context.Turn, number, sum, amended, cancellationToken).ConfigureAwait(false);
        await context.Actions.WithdrawCaseAsync(context.Turn, recorded.Id, $"买家把要求的补偿改为{said}元，以新申请为准", cancellationToken).ConfigureAwait(false);
        context.Say("handoff.sum_amended", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [Templates.TemplateSlots.AskedAmount] = said,
        });
        return true;
    }

    /// <summary>
    /// The one sum the line names: with a unit as the analyzer reads it, or a bare number in a short line ("不对 30就行"),
    /// which beside a compensation waiting for the supervisor can only be the sum.
    /// </summary>
    private static decimal? SumSaid(FlowContext context)
    {
        if (context.Facts.Amounts is [var read])
        {
            return read;
        }

        var bare = BareNumber().Matches(context.Compact);
        return context.Facts.Amounts.Count == 0 && bare.Count == 1 && context.Compact.Length <= 12
            && decimal.TryParse(bare[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var sum) ? sum : null;
    }

    [GeneratedRegex("(?<![0-9.])[0-9]{1,4}(?![0-9.])")]
    private static partial Regex BareNumber();

    /// <summary>The sum a record says the buyer asked ("要求补偿50元", "要求部分退款50元"), never the limit beside it.</summary>
    [GeneratedRegex("(?<lead>要求(?:补偿|部分退款|赔偿?))(?<sum>[0-9]+(?:\\.[0-9]+)?)元")]
    private static partial Regex AskedSum();

    /// <summary>A sum said instead: "不对 30就行", "算了 40也行", "改成30", "30吧", "给30可以吗".</summary>
    [GeneratedRegex("不对|不是|就行|也行|就好|就可以|也可以|可以吗|行吗|行不行|改成|改为|算了|少点|那就|[0-9]+(?:块|元)?吧")]
    private static partial Regex SumChanged();
}

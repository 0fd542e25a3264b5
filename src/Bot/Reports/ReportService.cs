using Microsoft.Extensions.Options;
using ShopBot.Bot.AfterSales;
using ShopBot.Bot.Records;
using ShopBot.Bot.Reports.Contracts;

namespace ShopBot.Bot.Reports;

/// <summary>Reads the records around a range and builds its summary, with the agents' display names.</summary>
public sealed class ReportService(IConversationRecords records, IOptions<ReportsOptions> options, AgentDisplayNames names, TimeProvider time)
{
    public async Task<ReportSummary> SummarizeAsync(ReportRange range, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(range);
        var window = options.Value.ResolutionWindow;
        var now = time.GetUtcNow();
        // A window before: turns of conversations begun the day before are not taken as new ones. A window after: a buyer
        // who came back within it. Events up to now: a chat queued on the last day may be taken or rated later.
        var turns = await records.ReadTurnsAsync(range.Start - window, range.End + window, cancellationToken).ConfigureAwait(false);
        var events = await records.ReadEventsAsync(range.Start - window, now.AddSeconds(1), cancellationToken).ConfigureAwait(false);
        var summary = new ReportBuilder(options.Value).Build(range, turns, events, now);
        return summary with { Agents = [.. summary.Agents.Select(a => a with { Name = names.HasName(a.AgentId) ? names.Of(a.AgentId) : a.AgentId })] };
    }
}

using Microsoft.Extensions.Options;
using ShopBot.Bot.Consoles;
using ShopBot.Bot.Reports.Contracts;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Bot.Reports;

/// <summary>
/// The reports API under <c>/api/reports</c>, behind a supervisor key: the session, the summary as JSON and as CSV.
/// </summary>
public static class ReportEndpoints
{
    public const string Prefix = "/api/reports";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(Prefix).RequireAuthorization(ConsoleRoles.Supervisor);
        api.MapGet("/session", Session);
        api.MapGet("/summary", SummaryAsync);
        api.MapGet("/summary.csv", CsvAsync);
        return endpoints;
    }

    private static IResult Session(HttpContext http, TimeProvider time) =>
        Results.Json(
            new ReportSession(http.User.Identity?.Name ?? "supervisor", ShanghaiTime.Today(time).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ReportsJsonContext.Default.ReportSession);

    private static async Task<IResult> SummaryAsync(string? from, string? to, ReportService reports, IOptions<ReportsOptions> options, CancellationToken cancellationToken)
    {
        var (range, error) = ReportRange.Parse(from, to, options.Value.MaxDays);
        return range is null
            ? BadRange(error!)
            : Results.Json(await reports.SummarizeAsync(range, cancellationToken).ConfigureAwait(false), ReportsJsonContext.Default.ReportSummary);
    }

    private static async Task<IResult> CsvAsync(string? from, string? to, ReportService reports, IOptions<ReportsOptions> options, CancellationToken cancellationToken)
    {
        var (range, error) = ReportRange.Parse(from, to, options.Value.MaxDays);
        if (range is null)
        {
            return BadRange(error!);
        }

        var summary = await reports.SummarizeAsync(range, cancellationToken).ConfigureAwait(false);
        return Results.File(ReportCsv.Write(summary), "text/csv; charset=utf-8", $"report-{range.FromText}-{range.ToText}.csv");
    }

    private static IResult BadRange(string message) =>
        Results.Json(new ReportErrorResponse(new ReportError("BadArgument", message)), ReportsJsonContext.Default.ReportErrorResponse, statusCode: StatusCodes.Status400BadRequest);
}

using Microsoft.Extensions.FileProviders;
using ShopBot.Bot.Reports;

// In the hosting namespace, like the other Add/Map extensions, so Program.cs needs no new using.
namespace ShopBot.Bot.Hosting;

public static partial class ReportsHostingExtensions
{
    public const string PagePath = "/reports";

    /// <summary>Where the page loads Apache ECharts from: the npm package's <c>dist</c>, installed from the lock file.</summary>
    public const string ChartsPath = "/lib/echarts";

    // The page runs only its own script and ECharts from this host. Styles may be inline: ECharts' tooltips are
    // HTML with style attributes; no text from the server is ever set as HTML.
    private const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>The owner's reports: the <c>Reports</c> options (validated at start-up) and the summary service.</summary>
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ReportService>();
        return builder;
    }

    /// <summary>
    /// Security headers for the page (<c>wwwroot/reports/</c>) and the API (call before the static files), the API's
    /// endpoints, and ECharts under <see cref="ChartsPath"/>.
    /// </summary>
    public static WebApplication MapReports(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseConsoleSecurityHeaders(path => path.StartsWithSegments(PagePath) || path.StartsWithSegments(ReportEndpoints.Prefix), PagePolicy);
        app.MapReportsApi();
        var root = RootSettingsExtensions.FindRoot();
        var candidates = new[]
        {
            root is null ? null : Path.Combine(root, "node_modules", "echarts", "dist"),
            Path.Combine(AppContext.BaseDirectory, "echarts"),
        };
        var dist = candidates.FirstOrDefault(folder => folder is not null && File.Exists(Path.Combine(folder, "echarts.min.js")));
        if (dist is null)
        {
            LogChartsMissing(app.Logger, candidates[0] ?? "node_modules/echarts/dist");
            return app;
        }

        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(dist), RequestPath = ChartsPath });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Apache ECharts is missing at {Folder}: run npm ci at the repository root, or the reports page shows no charts")]
    private static partial void LogChartsMissing(ILogger logger, string folder);
}

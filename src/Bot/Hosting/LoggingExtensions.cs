using Serilog;
using Serilog.Events;

namespace ShopBot.Bot.Hosting;

internal static class LoggingExtensions
{
    /// <summary>
    /// Serilog from configuration. Command-line verbs log warnings only, to standard error, to keep their output clean.
    /// Each host keeps its own logger (the static <c>Log.Logger</c> is left alone) so several hosts in one process,
    /// as in the tests, do not write through each other's sinks.
    /// </summary>
    public static WebApplicationBuilder AddBotLogging(this WebApplicationBuilder builder, bool forCommandLine)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            if (forCommandLine)
            {
                logger.MinimumLevel.Warning().WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose);
                return;
            }

            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext()
                .Enrich.With<SensitiveDataMasker>();
        }, preserveStaticLogger: true);
        return builder;
    }
}

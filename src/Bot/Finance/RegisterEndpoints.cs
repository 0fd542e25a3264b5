using System.Globalization;
using System.Text;
using ShopBot.Bot.Agents;
using ShopBot.Bot.Channels;
using ShopBot.Knowledge.Finance;

namespace ShopBot.Bot.Finance;

/// <summary>
/// <c>GET /api/agent/register?date=YYYY-MM-DD</c>: the day's after-sales register for finance, the same CSV as the
/// <c>register</c> verb writes to a file, read from the running host's case store.
/// </summary>
public static partial class RegisterEndpoints
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The days a register may be asked for: far outside them a day's bounds in Shanghai time do not exist.</summary>
    public static readonly DateOnly FirstDate = new(2000, 1, 1);

    public static readonly DateOnly LastDate = new(2099, 12, 31);

    /// <summary>Maps the register on a group that already checks the agent key.</summary>
    public static RouteGroupBuilder MapFinanceRegister(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/register", RegisterAsync);
        return group;
    }

    private static async Task<IResult> RegisterAsync(HttpContext http, FinanceRegister register, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var text = http.Request.Query["date"];
        if (text.Count != 1 || !DateOnly.TryParseExact(text[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ChannelErrors.BadArgument("Send one 'date' as YYYY-MM-DD, e.g. /api/agent/register?date=2026-11-22.");
        }

        if (date < FirstDate || date > LastDate)
        {
            return ChannelErrors.BadArgument(string.Create(CultureInfo.InvariantCulture,
                $"日期超出范围：请选择 {FirstDate:yyyy-MM-dd} 到 {LastDate:yyyy-MM-dd} 之间的日期。The date must be between {FirstDate:yyyy-MM-dd} and {LastDate:yyyy-MM-dd}."));
        }

        var rows = await register.BuildAsync(date, cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        // With a byte order mark, as the verb's file: a spreadsheet then opens the Chinese as UTF-8.
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        {
            RegisterCsv.Write(rows, writer);
        }

        LogDownloaded(loggers.CreateLogger(typeof(RegisterEndpoints).FullName!), http.Agent().AgentId, date, rows.Count);
        var name = string.Create(CultureInfo.InvariantCulture, $"register-{date:yyyy-MM-dd}.csv");
        return Results.File(buffer.ToArray(), ContentType, name);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} downloaded the finance register of {Date} ({Rows} rows)")]
    private static partial void LogDownloaded(ILogger logger, string agentId, DateOnly date, int rows);
}

using System.Globalization;
using ShopBot.Knowledge.Finance;

namespace ShopBot.Bot.Cli;

/// <summary>
/// <c>register --date YYYY-MM-DD [--out FILE]</c>: the day's after-sales register for finance (CSV). It reads the
/// configured case store, so it shows the running bot's cases only when that store is shared (Redis).
/// </summary>
internal sealed class RegisterVerb : ICliVerb
{
    public string Name => "register";

    public string Usage => "register --date YYYY-MM-DD [--out FILE.csv]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        DateOnly? date = null;
        string? output = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            var value = i + 1 < arguments.Count ? arguments[i + 1] : null;
            switch (arguments[i])
            {
                case "--date" when value is not null:
                    date = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                        ? parsed
                        : throw new CliUsageException($"'{value}' is not a date like 2026-11-22.");
                    i++;
                    break;
                case "--out" when value is not null:
                    output = value;
                    i++;
                    break;
                default:
                    throw new CliUsageException($"unexpected '{arguments[i]}'.");
            }
        }

        var rows = await services.GetRequiredService<FinanceRegister>()
            .BuildAsync(date ?? throw new CliUsageException("--date is required."), cancellationToken).ConfigureAwait(false);
        if (output is null)
        {
            RegisterCsv.Write(rows, console.Out);
        }
        else
        {
            await RegisterCsv.WriteFileAsync(rows, output, cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"{rows.Count} rows written to {output}").ConfigureAwait(false);
        }

        return 0;
    }
}

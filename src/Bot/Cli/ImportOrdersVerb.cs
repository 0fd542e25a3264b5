using System.Globalization;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Bot.Cli;

/// <summary>
/// <c>import-orders FILE [--install]</c>: reads a seller-centre order export, prints what it found and every row it
/// cannot read. With <c>--install</c>, a file whose every row reads is copied over <c>Orders:ImportPath</c>, where
/// a running bot picks it up without a restart. Exit 0 when every row reads, 1 when some do not, 3 when the file is refused.
/// </summary>
internal sealed class ImportOrdersVerb : ICliVerb
{
    public string Name => "import-orders";

    public string Usage => "import-orders FILE [--install]   (FILE: 订单报表 CSV exported from 已卖出的宝贝, GBK or UTF-8)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        var install = arguments.Contains("--install");
        var rest = arguments.Where(a => a != "--install").ToList();
        if (rest.Count != 1 || rest[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new CliUsageException(rest.Count == 0 ? "the export file is missing." : $"unexpected '{string.Join(' ', rest.Skip(1).DefaultIfEmpty(rest[0]))}'.");
        }

        var import = await OrderExportReader.ReadFileAsync(rest[0], cancellationToken).ConfigureAwait(false);
        var output = console.Out;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{import.Source}: {import.EncodingName}, {import.Rows} rows, {import.Orders.Count} orders read, {import.Problems.Count} refused")).ConfigureAwait(false);
        foreach (var (status, count) in import.CountByStatus.OrderBy(p => p.Key))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {status,-16} {count}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  buyers           {import.Orders.Select(o => o.BuyerId).Distinct(StringComparer.Ordinal).Count()}")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  refund under way {import.Orders.Count(o => o.HasRefundUnderWay)}")).ConfigureAwait(false);
        foreach (var problem in import.Problems)
        {
            await console.Error.WriteLineAsync($"  {problem}").ConfigureAwait(false);
        }

        if (install)
        {
            if (import.Problems.Count > 0)
            {
                await console.Error.WriteLineAsync("not installed: fix the refused rows first.").ConfigureAwait(false);
                return 1;
            }

            var target = services.GetRequiredService<OrderStore>().ImportPath;
            var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
            try
            {
                File.Copy(rest[0], temporary);
                File.Move(temporary, target, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            await output.WriteLineAsync($"installed as {target}; a running bot picks it up within seconds.").ConfigureAwait(false);
        }

        return import.Problems.Count == 0 ? 0 : 1;
    }
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Evaluation;

namespace ShopBot.Knowledge.Orders;

/// <summary>
/// Holds the orders the bot reads. At first use it imports <see cref="OrdersOptions.ImportPath"/>; afterwards it
/// notices when that file is replaced (a re-import) and swaps in the new orders without a restart. A file that
/// cannot be read as a whole leaves the orders in use untouched.
/// </summary>
public sealed class OrderStore(KnowledgeBasePaths paths, IOptions<OrdersOptions> options, TimeProvider time, ILogger<OrderStore> logger)
{
    private readonly Lock _gate = new();
    private OrderBook? _book;
    private (DateTime WrittenUtc, long Length) _loadedStamp;
    private long _nextCheckTicks;

    public string ImportPath => Path.IsPathRooted(options.Value.ImportPath)
        ? options.Value.ImportPath
        : Path.GetFullPath(Path.Combine(paths.Root, options.Value.ImportPath));

    /// <summary>The orders in use, after picking up a re-imported file.</summary>
    public OrderBook Current
    {
        get
        {
            var book = Volatile.Read(ref _book);
            if (book is not null && time.GetUtcNow().UtcTicks < Volatile.Read(ref _nextCheckTicks))
            {
                return book;
            }

            lock (_gate)
            {
                ReloadIfChanged();
                return _book ?? OrderBook.Empty;
            }
        }
    }

    /// <summary>Reads an export and, unless it is refused as a whole, makes its orders the ones in use.</summary>
    public async Task<OrderImport> ImportAsync(string path, CancellationToken cancellationToken = default)
    {
        var import = Shift(await OrderExportReader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false));
        lock (_gate)
        {
            Install(import);
            if (string.Equals(Path.GetFullPath(path), ImportPath, StringComparison.Ordinal))
            {
                _loadedStamp = Stamp(ImportPath);
            }
        }

        return import;
    }

    private void ReloadIfChanged()
    {
        Volatile.Write(ref _nextCheckTicks, time.GetUtcNow().AddSeconds(options.Value.ReloadCheckSeconds).UtcTicks);
        var stamp = Stamp(ImportPath);
        if (_book is not null && stamp == _loadedStamp)
        {
            return;
        }

        try
        {
            var import = Shift(OrderExportReader.ReadFileAsync(ImportPath).GetAwaiter().GetResult());
            Install(import);
            _loadedStamp = stamp;
        }
        catch (Exception exception) when (exception is InputFileException or IOException)
        {
            _loadedStamp = stamp;
            logger.LogError("Order export {Path} not imported, keeping {Orders} orders in use: {Reason}", ImportPath, _book?.Count ?? 0, exception.Message);
            _book ??= OrderBook.Empty;
        }
    }

    private void Install(OrderImport import)
    {
        Volatile.Write(ref _book, new OrderBook(import.Orders, import.Source));
        logger.LogInformation(
            "Imported {Orders} orders of {Rows} rows from {Path} ({Encoding}); {Problems} rows refused",
            import.Orders.Count, import.Rows, import.Source, import.EncodingName, import.Problems.Count);
        foreach (var problem in import.Problems)
        {
            // The reason names columns and values of order fields only, never the receiver's phone or address.
            logger.LogWarning("Order export row refused at line {Line}: {Reason}", problem.Line, problem.Reason);
        }
    }

    /// <summary>Moves the sample's times so that its anchor moment is now (see <see cref="OrdersOptions.SampleAnchorTime"/>).</summary>
    private OrderImport Shift(OrderImport import)
    {
        if (options.Value.SampleAnchorTime is not { } anchor)
        {
            return import;
        }

        var shift = time.GetUtcNow() - anchor;
        return import with { Orders = import.Orders.Select(o => o.ShiftedBy(shift)).ToList() };
    }

    private static (DateTime, long) Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1);
    }
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Knowledge.Evaluation;
using ShopBot.Knowledge.Orders.Sync;

namespace ShopBot.Knowledge.Orders;

/// <summary>
/// Holds the orders the bot reads. The first reader waits for the import of <see cref="OrdersOptions.ImportPath"/>
/// (there is nothing to answer from before it); afterwards, at most every <see cref="OrdersOptions.ReloadCheckSeconds"/>,
/// a reader starts a check in the background and is answered at once from the orders in use: a replaced file (a
/// re-import) is read off the request path and its orders swapped in whole when ready, so readers see the previous
/// orders or the new ones, never part of an import. A file that cannot be read as a whole leaves the orders in use untouched.
/// </summary>
public sealed class OrderStore(KnowledgeBasePaths paths, IOptions<OrdersOptions> options, TimeProvider time, ILogger<OrderStore> logger, ISyncedOrderStore? synced = null)
{
    private readonly Lock _gate = new();
    private OrderBook? _book;
    private (DateTime WrittenUtc, long Length) _loadedStamp;
    private long _nextCheckTicks;
    private int _checking;
    private MergedBook? _merged;

    public string ImportPath => Path.IsPathRooted(options.Value.ImportPath)
        ? options.Value.ImportPath
        : Path.GetFullPath(Path.Combine(paths.Root, options.Value.ImportPath));

    /// <summary>The orders in use, after picking up a re-imported file, with the platform's synced orders laid over it.</summary>
    public OrderBook Current => WithSynced(Imported);

    private OrderBook Imported
    {
        get
        {
            var book = Volatile.Read(ref _book) ?? LoadFirst();
            if (time.GetUtcNow().UtcTicks >= Volatile.Read(ref _nextCheckTicks) && Interlocked.CompareExchange(ref _checking, 1, 0) == 0)
            {
                ScheduleNextCheck();
                _ = Task.Run(CheckInBackgroundAsync);
            }

            return book;
        }
    }

    /// <summary>
    /// Looks at the export file now and, when it was replaced since it was read, reads it and swaps its orders in;
    /// readers keep the orders in use meanwhile.
    /// </summary>
    public async Task ReloadIfChangedAsync(CancellationToken cancellationToken = default)
    {
        var stamp = Stamp(ImportPath);
        lock (_gate)
        {
            if (_book is not null && stamp == _loadedStamp)
            {
                return;
            }
        }

        try
        {
            var import = Shift(await OrderExportReader.ReadFileAsync(ImportPath, cancellationToken).ConfigureAwait(false));
            lock (_gate)
            {
                Install(import);
                _loadedStamp = stamp;
            }
        }
        catch (Exception exception) when (exception is InputFileException or IOException)
        {
            Refuse(stamp, exception);
        }
    }

    /// <summary>A synced order replaces the export's copy of the same number: the platform's is the newer.</summary>
    private OrderBook WithSynced(OrderBook imported)
    {
        if (synced is null || synced.Version == 0)
        {
            return imported;
        }

        var merged = Volatile.Read(ref _merged);
        if (merged is { } m && ReferenceEquals(m.Imported, imported) && m.Version == synced.Version)
        {
            return m.Book;
        }

        var version = synced.Version;
        var platform = synced.All;
        var numbers = platform.Select(o => o.OrderNumber).ToHashSet(StringComparer.Ordinal);
        var book = new OrderBook(platform.Concat(imported.All.Where(o => !numbers.Contains(o.OrderNumber))), imported.Source + " + platform");
        Volatile.Write(ref _merged, new MergedBook(imported, version, book));
        return book;
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

    private OrderBook LoadFirst()
    {
        lock (_gate)
        {
            if (_book is null)
            {
                ScheduleNextCheck();
                var stamp = Stamp(ImportPath);
                try
                {
                    Install(Shift(OrderExportReader.ReadFile(ImportPath)));
                    _loadedStamp = stamp;
                }
                catch (Exception exception) when (exception is InputFileException or IOException)
                {
                    Refuse(stamp, exception);
                }
            }

            return _book!;
        }
    }

    /// <summary>The background check a reader started; it is nobody's to await, so its failure is logged here.</summary>
    private async Task CheckInBackgroundAsync()
    {
        try
        {
            await ReloadIfChangedAsync().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Checking order export {Path} failed; the orders in use are kept", ImportPath);
        }
        finally
        {
            Volatile.Write(ref _checking, 0);
        }
    }

    private void ScheduleNextCheck() =>
        Volatile.Write(ref _nextCheckTicks, time.GetUtcNow().AddSeconds(options.Value.ReloadCheckSeconds).UtcTicks);

    /// <summary>The file is not read again until it changes; the orders in use stay (none yet: an empty book).</summary>
    private void Refuse((DateTime, long) stamp, Exception exception)
    {
        lock (_gate)
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

    private sealed record MergedBook(OrderBook Imported, long Version, OrderBook Book);
}

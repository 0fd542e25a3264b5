using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ShopBot.Knowledge.Screening;

/// <summary>
/// Reloads the reply screen when a trainer edits a lexicon file. Editors write a file in several steps, so changes
/// are gathered for a short while before one reload.
/// </summary>
public sealed class ScreeningLexiconWatcher(ReplyScreen screen, KnowledgeBasePaths paths, IOptions<ScreeningOptions> options) : IHostedService, IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);

    private FileSystemWatcher? _watcher;
    private Timer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.WatchLexicon || !Directory.Exists(paths.Screening))
        {
            return Task.CompletedTask;
        }

        _timer = new Timer(_ => screen.Reload());
        _watcher = new FileSystemWatcher(paths.Screening) { IncludeSubdirectories = false, EnableRaisingEvents = true };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.Deleted += OnChange;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _watcher = null;
        _timer?.Dispose();
        _timer = null;
    }

    private void OnChange(object sender, FileSystemEventArgs e) => _timer?.Change(Settle, Timeout.InfiniteTimeSpan);
}

using Microsoft.Extensions.Logging;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Screening;

/// <summary>
/// The reply screen over the lexicon in <c>knowledge-base/screening/</c>. <see cref="Reload"/> swaps in a freshly
/// compiled lexicon atomically; a lexicon that fails to load leaves the current one in place.
/// </summary>
public sealed partial class ReplyScreen : IReplyScreen
{
    private readonly string _folder;
    private readonly TextNormalizer _normalizer;
    private readonly ILogger<ReplyScreen> _logger;
    private volatile ScreenEngine _engine;

    public ReplyScreen(KnowledgeBasePaths paths, TextNormalizer normalizer, ILogger<ReplyScreen> logger)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _folder = paths.Screening;
        _normalizer = normalizer;
        _logger = logger;
        _engine = Compile();
        LogLoaded(_engine.Lexicon.Patterns.Count, _engine.Lexicon.Rules.Count);
    }

    public ScreenEngine Engine => _engine;

    public ScreenVerdict Screen(string text) => _engine.Screen(text);

    /// <summary>Reads the lexicon again; returns false, keeping the current one, when the files are not usable.</summary>
    public bool Reload()
    {
        try
        {
            _engine = Compile();
            LogLoaded(_engine.Lexicon.Patterns.Count, _engine.Lexicon.Rules.Count);
            return true;
        }
        catch (Exception exception) when (exception is ScreeningLexiconException or IOException or UnauthorizedAccessException)
        {
            LogReloadFailed(exception.Message);
            return false;
        }
    }

    private ScreenEngine Compile() => new(new CompiledLexicon(ScreeningLexicon.Load(_folder), _normalizer), _normalizer);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reply screen loaded {Patterns} patterns and {Rules} platform rules")]
    private partial void LogLoaded(int patterns, int rules);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reply screen lexicon not reloaded, the previous one stays: {Reason}")]
    private partial void LogReloadFailed(string reason);
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Turns;

/// <summary>
/// While the bot works on a buyer's message for longer than <see cref="TypingOptions.Delay"/>, sends <c>typing</c>
/// every <see cref="TypingOptions.Period"/> (as botbuilder's <c>ShowTypingMiddleware</c>), until the first reply went
/// out or the turn ended. The typing activities pass every outer send hook, as any reply does.
/// </summary>
/// <remarks>
/// Turns in progress are watched by one shared timer (a tick a fifth of the delay) instead of a timer per turn: most
/// turns answer long before the delay, and creating and cancelling a timer for each of them contends on the runtime's
/// timer queue under load.
/// </remarks>
public sealed partial class ShowTypingMiddleware(IOptions<TypingOptions> options, TimeProvider time, ILogger<ShowTypingMiddleware> logger)
    : IMiddleware, IDisposable
{
    private readonly ConcurrentDictionary<PendingTurn, byte> _pending = new();
    private readonly Lock _gate = new();
    private ITimer? _watch;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        using var answered = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ended = false;
        turnContext.OnSendActivities(async (context, activities, sendNext) =>
        {
            var responses = await sendNext().ConfigureAwait(false);

            // An outer middleware may still send after this one returned (the apology after a failed turn).
            if (!Volatile.Read(ref ended) && activities.Any(a => a.Type != ActivityTypes.Typing))
            {
                await answered.CancelAsync().ConfigureAwait(false);
            }

            return responses;
        });
        var turn = new PendingTurn(turnContext, answered.Token, time.GetTimestamp());
        if (options.Value.Delay <= TimeSpan.Zero)
        {
            turn.Start(ShowTypingAsync);
        }
        else
        {
            _pending.TryAdd(turn, 0);
            EnsureWatching();
        }

        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _pending.TryRemove(turn, out _);
            await answered.CancelAsync().ConfigureAwait(false);
            await turn.Stop().ConfigureAwait(false);
            Volatile.Write(ref ended, true);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _watch?.Dispose();
            _watch = null;
        }
    }

    private void EnsureWatching()
    {
        if (Volatile.Read(ref _watch) is not null)
        {
            return;
        }

        lock (_gate)
        {
            if (_watch is null)
            {
                var tick = options.Value.Delay / 5;
                _watch = time.CreateTimer(_ => StartDue(), null, tick, tick);
            }
        }
    }

    /// <summary>Starts typing for every turn that has been working for the delay.</summary>
    private void StartDue()
    {
        var delay = options.Value.Delay;
        foreach (var (turn, _) in _pending)
        {
            if (time.GetElapsedTime(turn.Started) >= delay && _pending.TryRemove(turn, out _))
            {
                turn.Start(ShowTypingAsync);
            }
        }
    }

    private async Task ShowTypingAsync(ITurnContext turnContext, CancellationToken answered)
    {
        var settings = options.Value;
        try
        {
            while (!answered.IsCancellationRequested)
            {
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, answered).ConfigureAwait(false);
                await Task.Delay(settings.Period, time, answered).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The reply went out or the turn ended.
        }
        catch (Exception exception)
        {
            // Typing is a courtesy: failing to show it must never fail the turn.
            LogTypingFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not show typing")]
    private partial void LogTypingFailed(Exception exception);

    /// <summary>A turn in progress; typing starts at most once, and never after the turn ended.</summary>
    private sealed class PendingTurn(ITurnContext context, CancellationToken answered, long started)
    {
        private readonly Lock _gate = new();
        private bool _stopped;
        private Task? _typing;

        public long Started => started;

        public void Start(Func<ITurnContext, CancellationToken, Task> show)
        {
            lock (_gate)
            {
                if (!_stopped && _typing is null)
                {
                    // Off the caller's thread: the timer's callback (or the turn) never runs a send itself.
                    _typing = Task.Run(() => show(context, answered), CancellationToken.None);
                }
            }
        }

        /// <summary>No typing starts after this; the typing already started, to be awaited.</summary>
        public Task Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                return _typing ?? Task.CompletedTask;
            }
        }
    }
}

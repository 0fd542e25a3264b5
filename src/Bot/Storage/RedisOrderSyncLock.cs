using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Handoff.Hosting;
using ShopBot.Knowledge.Orders.Sync;
using StackExchange.Redis;

namespace ShopBot.Bot.Storage;

/// <summary>
/// The polling lock shared by every host: <c>{shopbot}:orders:sync-lock</c> set only when absent, holding this
/// lease's token, with an expiry of <see cref="TaobaoOptions.LockLifetime"/>. While held it is renewed every third of
/// that (only while it still holds the token); a host that stops or hangs lets it lapse and another host takes over.
/// Release deletes it only when it still holds the token.
/// </summary>
public sealed partial class RedisOrderSyncLock(IConnectionMultiplexer redis, IOptions<HandoffOptions> handoff, IOptions<TaobaoOptions> options, ILogger<RedisOrderSyncLock> logger) : IOrderSyncLock
{
    private const string RenewScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end";
    private const string ReleaseScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

    private IDatabase Database => redis.GetDatabase();

    internal RedisKey Key { get; } = "{" + handoff.Value.RedisKeyPrefix + "}:orders:sync-lock";

    public async Task<IOrderSyncLease?> TryAcquireAsync(CancellationToken cancellationToken = default)
    {
        var token = Guid.NewGuid().ToString("N");
        var lifetime = options.Value.LockLifetime;
        var taken = await redis.GetDatabase().StringSetAsync(Key, token, lifetime, When.NotExists).ConfigureAwait(false);
        return taken ? new Lease(this, token, lifetime) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order sync lock could not be renewed: {Reason}")]
    private partial void LogRenewFailed(string reason);

    private sealed class Lease : IOrderSyncLease
    {
        private readonly RedisOrderSyncLock _owner;
        private readonly string _token;
        private readonly CancellationTokenSource _lost = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewing;

        public Lease(RedisOrderSyncLock owner, string token, TimeSpan lifetime)
        {
            _owner = owner;
            _token = token;
            Lost = _lost.Token;
            _renewing = RenewAsync(lifetime);
        }

        public CancellationToken Lost { get; }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _renewing.ConfigureAwait(false);
            await _owner.Database.ScriptEvaluateAsync(ReleaseScript, [_owner.Key], [_token]).ConfigureAwait(false);
            _stop.Dispose();
            _lost.Dispose();
        }

        /// <summary>Redis expires the key in real time, so renewal runs on real time too (not the injected clock).</summary>
        private async Task RenewAsync(TimeSpan lifetime)
        {
            using var timer = new PeriodicTimer(lifetime / 3);
            try
            {
                while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
                {
                    var renewed = (long)await _owner.Database.ScriptEvaluateAsync(RenewScript, [_owner.Key], [_token, (long)lifetime.TotalMilliseconds]).ConfigureAwait(false);
                    if (renewed == 0)
                    {
                        _owner.LogRenewFailed("the lock lapsed and is held by another host or by none");
                        await _lost.CancelAsync().ConfigureAwait(false);
                        return;
                    }
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (RedisException exception)
            {
                _owner.LogRenewFailed(exception.Message);
                await _lost.CancelAsync().ConfigureAwait(false);
            }
        }
    }
}

using System.ComponentModel.DataAnnotations;

namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>
/// The Taobao Open Platform (TOP) order sync, bound from <c>Orders:Taobao</c>. Nothing is called unless endpoint,
/// app key, app secret and the shop's session key are all set; the CSV import works either way.
/// </summary>
public sealed class TaobaoOptions : IValidatableObject
{
    public const string Section = "Orders:Taobao";

    /// <summary>The TOP gateway, e.g. <c>https://eco.taobao.com/router/rest</c>.</summary>
    public Uri? Endpoint { get; set; }

    public string AppKey { get; set; } = string.Empty;

    /// <summary>Signs requests; never sent or logged.</summary>
    public string AppSecret { get; set; } = string.Empty;

    /// <summary>The shop's authorisation (session key / access token); never logged.</summary>
    public string SessionKey { get; set; } = string.Empty;

    /// <summary><c>md5</c>, <c>hmac</c> (HMAC-MD5) or <c>hmac-sha256</c>.</summary>
    [RegularExpression("^(md5|hmac|hmac-sha256)$")]
    public string SignMethod { get; set; } = "hmac";

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far back the first sync after a start reaches (TOP keeps three months; one query spans at most a day).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan FirstLookBack { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Each window starts this much before the last one ended, so a trade modified at the edge is not missed.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(2);

    [Range(1, 100)]
    public int PageSize { get; set; } = 100;

    /// <summary>Tries of one page before the window is given up (and tried again whole at the next poll).</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait before trying a failed page again; doubled when TOP says the call limit was reached.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>With Redis: how long the polling lock lasts unless renewed (it is renewed every third of it while polling).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LockLifetime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>With Redis: how often a host looks whether another host's sync changed the shared orders.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan SharedRefresh { get; set; } = TimeSpan.FromSeconds(5);

    public bool IsConfigured => Endpoint is not null && AppKey.Length > 0 && AppSecret.Length > 0 && SessionKey.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var anySet = Endpoint is not null || AppKey.Length > 0 || AppSecret.Length > 0 || SessionKey.Length > 0;
        if (anySet && !IsConfigured)
        {
            yield return new ValidationResult(
                "Orders:Taobao needs Endpoint, AppKey, AppSecret and SessionKey together (or none of them to sync nothing).",
                [nameof(Endpoint), nameof(AppKey), nameof(AppSecret), nameof(SessionKey)]);
        }

        if (Endpoint is { } endpoint && !(endpoint.IsAbsoluteUri && (endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback))))
        {
            yield return new ValidationResult("Orders:Taobao:Endpoint must be an https address (http only on a loopback address).", [nameof(Endpoint)]);
        }
    }
}

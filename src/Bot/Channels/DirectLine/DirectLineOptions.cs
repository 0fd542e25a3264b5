using System.ComponentModel.DataAnnotations;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>The <c>DirectLine</c> section: the secret that signs tokens, their lifetime, and the limits on what buyers send.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>Held by the shop's servers only. Empty: a random secret per process (fine for one host; set it when several hosts share conversations).</summary>
    public string Secret { get; set; } = string.Empty;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a token and its refreshes may be used, counted from the first token: then the page starts a new chat.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan MaxTokenChainLifetime { get; set; } = TimeSpan.FromHours(24);

    [Range(1, 100_000)]
    public int MaxTextLength { get; set; } = 2000;

    /// <summary>A posted activity's JSON body; larger bodies are refused (413) before they are read.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>An activity's <c>channelData</c>, which is stored with the message for the transcript's lifetime.</summary>
    [Range(0, 1024 * 1024)]
    public int MaxChannelDataBytes { get; set; } = 4 * 1024;

    /// <summary>Activities (and uploads) one user may post per <see cref="RateLimitWindow"/>.</summary>
    [Range(1, 10_000)]
    public int RateLimitPermits { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    [Required]
    public string BotId { get; set; } = "shopbot";

    [Range(1024, 50 * 1024 * 1024)]
    public int MaxUploadBytes { get; set; } = 5 * 1024 * 1024;

    [Range(1, 20)]
    public int MaxUploadFiles { get; set; } = 4;

    /// <summary>
    /// With no Redis: the most image bytes kept in memory; past it the oldest images go before their retention.
    /// At least one full upload (<see cref="MaxUploadBytes"/> times <see cref="MaxUploadFiles"/>).
    /// </summary>
    [Range(1024L, 64L * 1024 * 1024 * 1024)]
    public long MaxUploadBytesInMemory { get; set; } = 256L * 1024 * 1024;

    /// <summary>An open stream sends an empty message after this long without activities, so clients and proxies see it is alive.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan StreamHeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;

    /// <summary>
    /// The address buyers reach the host at (e.g. <c>https://kefu.example.com/</c>), for the addresses of uploaded
    /// photos. Empty: the addresses are relative to the page. Never taken from the request's Host header, which the
    /// caller chooses.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }
}

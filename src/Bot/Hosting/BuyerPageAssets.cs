using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace ShopBot.Bot.Hosting;

/// <summary>
/// Serves the buyer page's own files and Web Chat compressed (Brotli, else gzip, else plain) from memory, each compressed
/// once. The page links them as <c>/buyer.js?v=HASH</c>: a request carrying the current hash is cached for a year
/// (<c>immutable</c>), any other must revalidate (<c>no-cache</c> with an ETag), and the page itself is never cached, so a
/// new deployment is picked up on the next load.
/// </summary>
public sealed class BuyerPageAssets(IFileProvider webRoot, IFileProvider? webChat)
{
    public const string ImmutableCaching = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["/buyer.js"] = "text/javascript; charset=utf-8",
        ["/buyer-session.js"] = "text/javascript; charset=utf-8",
        ["/buyer-connection.js"] = "text/javascript; charset=utf-8",
        ["/buyer.css"] = "text/css; charset=utf-8",
        ["/lib/webchat.js"] = "text/javascript; charset=utf-8",
    };

    private readonly ConcurrentDictionary<string, Lazy<CompressedAsset?>> _assets = new(StringComparer.Ordinal);

    public static bool Serves(PathString path) => Files.ContainsKey(path.Value ?? string.Empty);

    public CompressedAsset? Get(string path) =>
        Files.TryGetValue(path, out var contentType)
            ? _assets.GetOrAdd(path, p => new Lazy<CompressedAsset?>(() => Load(p, contentType))).Value
            : null;

    /// <summary>The page with every asset reference carrying its hash.</summary>
    public string Page()
    {
        var file = webRoot.GetFileInfo("index.html");
        using var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8);
        var html = reader.ReadToEnd();
        foreach (var path in Files.Keys)
        {
            if (Get(path) is { } asset)
            {
                html = html.Replace("\"" + path + "\"", "\"" + path + "?v=" + asset.Hash + "\"", StringComparison.Ordinal);
            }
        }

        return html;
    }

    public async Task ServeAsync(HttpContext http, CompressedAsset asset)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(asset);
        var request = http.Request;
        var response = http.Response;
        var etag = "\"" + asset.Hash + "\"";
        response.Headers.CacheControl = string.Equals(request.Query["v"], asset.Hash, StringComparison.Ordinal) ? ImmutableCaching : Revalidate;
        response.Headers.ETag = etag;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (request.Headers.IfNoneMatch.ToString() == etag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var accepted = request.Headers.AcceptEncoding.ToString();
        var (body, encoding) = accepted.Contains("br", StringComparison.OrdinalIgnoreCase) ? (asset.Brotli, "br")
            : accepted.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? (asset.Gzip, "gzip")
            : (asset.Plain, null);
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        response.ContentType = asset.ContentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(body, http.RequestAborted).ConfigureAwait(false);
        }
    }

    private CompressedAsset? Load(string path, string contentType)
    {
        var file = path.StartsWith("/lib/", StringComparison.Ordinal) ? webChat?.GetFileInfo(path["/lib/".Length..]) : webRoot.GetFileInfo(path.TrimStart('/'));
        if (file is not { Exists: true })
        {
            return null;
        }

        byte[] plain;
        using (var stream = file.CreateReadStream())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            plain = copy.ToArray();
        }

        return new CompressedAsset(contentType, plain, Compress(plain, s => new BrotliStream(s, CompressionLevel.Optimal)),
            Compress(plain, s => new GZipStream(s, CompressionLevel.Optimal)), Convert.ToHexStringLower(SHA256.HashData(plain))[..16]);
    }

    private static byte[] Compress(byte[] plain, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressing = compressor(output))
        {
            compressing.Write(plain);
        }

        return output.ToArray();
    }
}

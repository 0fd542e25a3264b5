using System.Net;
using System.Text.RegularExpressions;
using ShopBot.Bot.Hosting;
using ShopBot.Bot.Tests.Channels;

namespace ShopBot.Bot.Tests.Hosting;

/// <summary>The buyer page's files: compressed, linked by content hash, cached for a year only under that hash.</summary>
[Collection(KestrelHostCollection.Name)]
public sealed partial class BuyerPageAssetsTests(KestrelHostFixture host)
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Web_chat_is_sent_compressed_and_cached_for_a_year_under_the_hash_the_page_links(string encoding)
    {
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = host.Address };
        using var page = await http.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();
        var linked = WebChatLink().Match(html);

        using var request = new HttpRequestMessage(HttpMethod.Get, linked.Value);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var hashed = await http.SendAsync(request);
        using var unhashed = await http.GetAsync("/lib/webchat.js");
        var compressed = (await hashed.Content.ReadAsByteArrayAsync()).Length;
        var plain = (await unhashed.Content.ReadAsByteArrayAsync()).Length;

        Assert.True(linked.Success, html);
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());
        Assert.Equal(encoding, Assert.Single(hashed.Content.Headers.ContentEncoding));
        Assert.Equal(BuyerPageAssets.ImmutableCaching, hashed.Headers.CacheControl?.ToString());
        Assert.Equal(BuyerPageAssets.Revalidate, unhashed.Headers.CacheControl?.ToString());
        Assert.Empty(unhashed.Content.Headers.ContentEncoding);
        Assert.True(compressed * 3 < plain, $"{compressed} compressed bytes of {plain}");
    }

    [Fact]
    public async Task A_revalidation_with_the_current_etag_is_answered_not_modified()
    {
        using var first = await host.Client.GetAsync("/buyer.js");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/buyer.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var again = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [GeneratedRegex(@"/lib/webchat\.js\?v=[0-9a-f]{16}")]
    private static partial Regex WebChatLink();
}

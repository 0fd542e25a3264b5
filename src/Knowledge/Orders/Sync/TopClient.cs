using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>Calls <c>taobao.trades.sold.increment.get</c> on the TOP gateway: the system parameters, the shop's session, the signature, a form POST.</summary>
public sealed class TopClient(IHttpClientFactory httpClients, IOptions<TaobaoOptions> options, TimeProvider time)
{
    public const string HttpClientName = "taobao-top";
    public const string Method = "taobao.trades.sold.increment.get";

    public async Task<TopTradePage> SoldIncrementAsync(DateTimeOffset start, DateTimeOffset end, int pageNo, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var endpoint = settings.Endpoint ?? throw new InvalidOperationException("Orders:Taobao:Endpoint is not set.");
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["method"] = Method,
            ["app_key"] = settings.AppKey,
            ["session"] = settings.SessionKey,
            ["timestamp"] = Local(time.GetUtcNow()),
            ["format"] = "json",
            ["v"] = "2.0",
            ["sign_method"] = settings.SignMethod,
            ["fields"] = TopTradeReader.Fields,
            ["start_modified"] = Local(start),
            ["end_modified"] = Local(end),
            ["page_no"] = pageNo.ToString(CultureInfo.InvariantCulture),
            ["page_size"] = settings.PageSize.ToString(CultureInfo.InvariantCulture),
        };
        parameters["sign"] = TopSignature.Sign(parameters, settings.AppSecret, settings.SignMethod);
        try
        {
            using var content = new FormUrlEncodedContent(parameters);
            using var response = await httpClients.CreateClient(HttpClientName).PostAsync(endpoint, content, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new TopApiException(0, null, $"TOP answered HTTP {(int)response.StatusCode}.");
            }

            return TopTradeReader.Read(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException)
        {
            throw new TopApiException(0, null, "TOP could not be read: " + exception.Message, exception);
        }
    }

    private static string Local(DateTimeOffset instant) => instant.ToOffset(ShanghaiTime.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}

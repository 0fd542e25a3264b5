using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ShopBot.Knowledge.Logistics;

/// <summary>
/// Kuaidi100's real-time query (https://api.kuaidi100.com/document/5f0ffb5ebc8da837cbd8aefc): a form POST of
/// <c>customer</c>, <c>param</c> (JSON with <c>com</c>, <c>num</c>, <c>phone</c>) and <c>sign</c>, the upper-case MD5
/// of <c>param + key + customer</c>. The answer is read by <see cref="Kuaidi100Answer"/>.
/// </summary>
public sealed partial class Kuaidi100Provider(IHttpClientFactory httpClients, IOptions<Kuaidi100Options> options, ILogger<Kuaidi100Provider> logger) : ITraceProvider
{
    public const string HttpClientName = "kuaidi100";

    public string? CompanyCodeOf(string carrier)
    {
        ArgumentNullException.ThrowIfNull(carrier);
        var name = carrier.Trim();
        return options.Value.Companies.TryGetValue(name, out var code) && code.Length > 0 ? code : null;
    }

    public async Task<LogisticsTrace?> QueryAsync(string companyCode, string trackingNumber, string? phone, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(companyCode);
        ArgumentException.ThrowIfNullOrEmpty(trackingNumber);
        var settings = options.Value;
        var endpoint = settings.Endpoint ?? throw new InvalidOperationException("Logistics:Kuaidi100:Endpoint is not set.");
        var param = Param(companyCode, trackingNumber, phone);
        using var content = new FormUrlEncodedContent(
        [
            new("customer", settings.Customer),
            new("sign", Sign(param, settings.Key, settings.Customer)),
            new("param", param),
        ]);
        using var response = await Send(endpoint, content, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            LogRefused(companyCode, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), "HTTP");
            throw new TraceProviderException($"Kuaidi100 answered HTTP {(int)response.StatusCode} for {companyCode}.");
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var answer = Kuaidi100Answer.Read(body, companyCode, trackingNumber);
        if (answer.Outcome == Kuaidi100Outcome.Refused)
        {
            LogRefused(companyCode, answer.ReturnCode ?? "none", answer.Message ?? string.Empty);
        }

        return answer.Outcome switch
        {
            Kuaidi100Outcome.Trace => answer.Trace,
            Kuaidi100Outcome.NoRecord => null,
            _ => throw new TraceProviderException($"Kuaidi100 refused the query for {companyCode}: {answer.ReturnCode} {answer.Message}"),
        };
    }

    /// <summary>The upper-case hex MD5 of <c>param + key + customer</c> in UTF-8, as the documentation gives it.</summary>
    public static string Sign(string param, string key, string customer)
    {
        ArgumentNullException.ThrowIfNull(param);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(customer);
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(param + key + customer)));
    }

    /// <summary><c>resultv2=1</c> asks for the area of each scan (<c>areaName</c>) besides the carrier's own location.</summary>
    private static string Param(string companyCode, string trackingNumber, string? phone)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("com", companyCode);
            writer.WriteString("num", trackingNumber.Trim());
            if (PhoneDigits(phone) is { } digits)
            {
                writer.WriteString("phone", digits);
            }

            writer.WriteString("resultv2", "1");
            writer.WriteString("show", "0");
            writer.WriteString("order", "desc");
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>SF and ZTO check the receiver's phone; only its digits are sent.</summary>
    private static string? PhoneDigits(string? phone)
    {
        var digits = phone is null ? string.Empty : new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 4 ? digits : null;
    }

    private async Task<HttpResponseMessage> Send(Uri endpoint, HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
            var http = httpClients.CreateClient(HttpClientName);
            return await http.PostAsync(endpoint, content, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new TraceProviderException("Kuaidi100 could not be reached.", exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kuaidi100 refused a query for {CompanyCode}: {ReturnCode} {Reason}")]
    private partial void LogRefused(string companyCode, string returnCode, string reason);
}

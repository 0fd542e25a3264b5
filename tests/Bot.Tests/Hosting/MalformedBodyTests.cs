using System.Net.Sockets;
using System.Text;
using ShopBot.Bot.Tests.Agents;
using ShopBot.Bot.Tests.Trainers;

namespace ShopBot.Bot.Tests.Hosting;

/// <summary>
/// Bodies that Kestrel cannot read (a chunk size that is not hexadecimal) sent over a raw socket to the real server:
/// each reader answers 400 in the API's error shape, never a 500.
/// </summary>
public sealed class MalformedBodyTests
{
    private const string BadChunk = "zz\r\n{\"status\":\"online\"}\r\n0\r\n\r\n";

    [Fact]
    public async Task A_malformed_chunked_json_body_to_the_agent_api_is_a_400()
    {
        using var host = new AgentTestHost(kestrel: true);

        var response = await SendChunkedAsync(host.Address, "PUT", "/api/agent/presence", AgentTestHost.KeyA, "application/json", BadChunk);

        AssertBadArgument(response, "could not be read");
    }

    [Fact]
    public async Task A_malformed_chunked_token_request_to_direct_line_is_a_400()
    {
        using var host = new AgentTestHost(kestrel: true);

        var response = await SendChunkedAsync(host.Address, "POST", "/v3/directline/tokens/generate", AgentTestHost.Secret, "application/json", BadChunk);

        AssertBadArgument(response, "could not be read");
    }

    [Fact]
    public async Task A_malformed_chunked_template_to_the_trainer_api_is_a_400()
    {
        using var host = new TrainerHost(kestrel: true);

        var response = await SendChunkedAsync(host.Address, "PUT", "/api/trainer/templates/greeting.yaml", TrainerHost.Key, "text/yaml; charset=utf-8", BadChunk);

        AssertBadArgument(response, "内容读不出来");
    }

    private static void AssertBadArgument(string response, string message)
    {
        Assert.StartsWith("HTTP/1.1 400 ", response, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"BadArgument\"", response, StringComparison.Ordinal);
        Assert.Contains(message, response, StringComparison.Ordinal);
    }

    /// <summary>Sends one request with the given chunked body as raw bytes and returns the whole response as text.</summary>
    private static async Task<string> SendChunkedAsync(Uri address, string method, string path, string key, string contentType, string chunkedBody)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        var request = $"{method} {path} HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: Bearer {key}\r\n" +
            $"Content-Type: {contentType}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{chunkedBody}";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        return await ReadUntilClosedAsync(stream);
    }

    /// <summary>
    /// Reads until the server closes. Kestrel may close a connection whose body it could not read with a reset rather
    /// than a clean close, after the response is sent; the bytes read before the reset are the response.
    /// </summary>
    private static async Task<string> ReadUntilClosedAsync(NetworkStream stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var received = new MemoryStream();
        var buffer = new byte[4096];
        while (true)
        {
            int count;
            try
            {
                count = await stream.ReadAsync(buffer, timeout.Token);
            }
            catch (IOException) when (received.Length > 0)
            {
                break;
            }
            if (count == 0)
            {
                break;
            }
            received.Write(buffer, 0, count);
        }
        return Encoding.UTF8.GetString(received.ToArray());
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Bot.Hosting;
using StackExchange.Redis;

namespace ShopBot.Bot.Tests.Hosting;

public sealed class StorageOutageMiddlewareTests
{
    [Theory]
    [InlineData("/v3/directline/conversations/c1/activities")]
    [InlineData("/api/agent/queue")]
    [InlineData("/api/trainer/templates")]
    public async Task A_lost_Redis_connection_is_a_503_with_Retry_After_and_an_error_body(string path)
    {
        var context = await InvokeAsync(path, new RedisConnectionException(ConnectionFailureType.SocketFailure, CommandFlags.None, "No connection is available", null, CommandStatus.WaitingToBeSent));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("2", context.Response.Headers.RetryAfter.ToString());
        context.Response.Body.Position = 0;
        using var body = await JsonDocument.ParseAsync(context.Response.Body);
        var error = body.RootElement.GetProperty("error");
        Assert.Equal("ServiceUnavailable", error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task A_Redis_timeout_wrapped_in_another_exception_is_an_outage_too()
    {
        var context = await InvokeAsync("/api/agent/me", new InvalidOperationException("turn failed", new RedisTimeoutException(CommandFlags.None, "Timeout awaiting response", CommandStatus.Sent)));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
    }

    [Fact]
    public async Task A_Redis_server_still_loading_its_data_is_an_outage_but_a_script_error_is_not()
    {
        Assert.True(StorageOutageMiddleware.IsOutage(new RedisServerException(RedisErrorKind.Unknown, CommandFlags.None, "LOADING Redis is loading the dataset in memory")));
        Assert.False(StorageOutageMiddleware.IsOutage(new RedisServerException(RedisErrorKind.UnknownError, CommandFlags.None, "ERR Error running script")));
        await Assert.ThrowsAsync<InvalidOperationException>(() => InvokeAsync("/api/agent/me", new InvalidOperationException("a bug")));
    }

    private static async Task<HttpContext> InvokeAsync(string path, Exception thrown)
    {
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(),
        };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        var middleware = new StorageOutageMiddleware(_ => throw thrown, NullLogger<StorageOutageMiddleware>.Instance);
        await middleware.InvokeAsync(context);
        return context;
    }
}

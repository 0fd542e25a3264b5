using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ShopBot.Knowledge.Tests.Kernel;

/// <summary>
/// A local OpenAI-compatible server on 127.0.0.1 (a free port) answering <c>POST /v1/chat/completions</c> with the
/// real wire JSON. The test scripts each call's response; every request body is kept for assertions.
/// </summary>
public sealed class OpenAiStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _requests = new();

    private OpenAiStub(WebApplication app) => _app = app;

    /// <summary>Makes the response to call number n (from 0) given its request: a status code and a JSON body.</summary>
    public Func<JsonObject, int, CancellationToken, Task<(int Status, string Body)>> Respond { get; set; } =
        (_, _, _) => Task.FromResult((200, Answer("您好")));

    public IReadOnlyList<JsonObject> Requests => [.. _requests];

    public string Endpoint { get; private set; } = string.Empty;

    public static async Task<OpenAiStub> StartAsync()
    {
        var (stub, address) = await LocalStubServer.StartAsync(app => new OpenAiStub(app), "/v1/chat/completions", s => s.HandleAsync);
        stub.Endpoint = $"{address}/v1";
        return stub;
    }

    /// <summary>A final assistant answer.</summary>
    public static string Answer(string content) => Completion(new JsonObject
    {
        ["role"] = "assistant",
        ["content"] = content,
    }, "stop");

    /// <summary>An assistant turn that asks for one tool call; <paramref name="arguments"/> is the JSON the model wrote.</summary>
    public static string ToolCall(string callId, string functionName, object arguments) => Completion(new JsonObject
    {
        ["role"] = "assistant",
        ["content"] = null,
        ["tool_calls"] = new JsonArray(new JsonObject
        {
            ["id"] = callId,
            ["type"] = "function",
            ["function"] = new JsonObject
            {
                ["name"] = functionName,
                ["arguments"] = JsonSerializer.Serialize(arguments),
            },
        }),
    }, "tool_calls");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Completion(JsonObject message, string finishReason) => new JsonObject
    {
        ["id"] = $"chatcmpl-{Guid.NewGuid():N}",
        ["object"] = "chat.completion",
        ["created"] = 1_790_000_000,
        ["model"] = "stub-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = message,
            ["finish_reason"] = finishReason,
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
    }.ToJsonString();

    private async Task HandleAsync(HttpContext http)
    {
        var request = (JsonObject)(await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted))!;
        var index = _requests.Count;
        _requests.Enqueue(request);
        var (status, body) = await Respond(request, index, http.RequestAborted);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body, http.RequestAborted);
    }
}

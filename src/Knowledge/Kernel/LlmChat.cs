using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace ShopBot.Knowledge.Kernel;

/// <summary>
/// The chat model client, made once from <see cref="LlmOptions"/>, or none when no endpoint is configured. It does
/// not retry: the buyer would wait, and the scripted answer is always there.
/// </summary>
public sealed class LlmChat(IOptions<LlmOptions> options, ILoggerFactory loggerFactory)
{
    private readonly Lazy<IChatCompletionService?> _service = new(() => Create(options.Value, loggerFactory));

    public IChatCompletionService? Service => _service.Value;

    private static OpenAIChatCompletionService? Create(LlmOptions options, ILoggerFactory loggerFactory)
    {
        if (!options.Enabled)
        {
            return null;
        }

        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint!),
            NetworkTimeout = options.Timeout,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };

        // The OpenAI client insists on a key; servers that want none ignore this one.
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? "none" : options.ApiKey;
        return new OpenAIChatCompletionService(options.Model!, new OpenAIClient(new ApiKeyCredential(key), clientOptions), loggerFactory);
    }
}

using System.ComponentModel.DataAnnotations;

namespace ShopBot.Knowledge.Kernel;

/// <summary>
/// An OpenAI-compatible chat endpoint (vLLM, Ollama, a llama.cpp server, OpenAI, Azure OpenAI's v1 API), bound from
/// <c>Llm</c>. With no <see cref="Endpoint"/> the bot calls no model at all.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string Section = "Llm";

    /// <summary>The API base, e.g. <c>http://127.0.0.1:11434/v1</c>; the client posts to <c>{Endpoint}/chat/completions</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model name the server knows, e.g. <c>qwen2.5:7b-instruct</c>.</summary>
    public string? Model { get; set; }

    /// <summary>Sent as a bearer token; local servers usually need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long a whole answer (with its tool calls) may take before the scripted answer is used instead.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>The longest generated answer sent to a buyer; a longer one is not used.</summary>
    [Range(20, 2000)]
    public int MaxAnswerLength { get; set; } = 300;

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(2))
        {
            yield return new ValidationResult("Llm:Timeout must be between 00:00:00.001 and 00:02:00.", [nameof(Timeout)]);
        }

        if (!Enabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult($"Llm:Endpoint must be an absolute http or https URL, not '{Endpoint}'.", [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult("Llm:Model is required when Llm:Endpoint is set.", [nameof(Model)]);
        }
    }
}

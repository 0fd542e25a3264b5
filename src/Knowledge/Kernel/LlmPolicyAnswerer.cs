namespace ShopBot.Knowledge.Kernel;

using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using ShopBot.Knowledge.Screening;

/// <summary>
/// Answers a policy question with the configured chat model: the best policy entries in the prompt, tool calls
/// limited to the current buyer's orders and the policy search, and the answer screened by
/// <see cref="ReplyScreenFilter"/> because it is produced by the <see cref="KernelNames.AnswerQuestion"/> function.
/// Any failure, a timeout, an empty, overlong or blocked answer gives null, and the dialog answers from its script.
/// </summary>
public sealed class LlmPolicyAnswerer
{
    /// <summary>The id a generated reply carries in place of a template id, for logs and the trainer console.</summary>
    public const string ReplyId = "llm.policy_answer";

    private readonly LlmChat _chat;
    private readonly PoliciesPlugin _policies;
    private readonly Kernel _kernel;
    private readonly IOptions<LlmOptions> _options;
    private readonly ILogger<LlmPolicyAnswerer> _logger;
    private readonly KernelFunction _answer;

    public LlmPolicyAnswerer(LlmChat chat, PoliciesPlugin policies, Kernel kernel, IOptions<LlmOptions> options, ILogger<LlmPolicyAnswerer> logger)
    {
        (_chat, _policies, _kernel, _options, _logger) = (chat, policies, kernel, options, logger);
        var function = KernelFunctionFactory.CreateFromMethod(GenerateAsync, KernelNames.AnswerQuestion, "Answers a buyer's policy question from the shop's rules.");
        _answer = KernelPluginFactory.CreateFromFunctions(KernelNames.Answers, [function])[KernelNames.AnswerQuestion];
    }

    public bool Enabled => _chat.Service is not null;

    public async Task<string?> TryAnswerAsync(BuyerTurn turn, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(question);
        if (!Enabled)
        {
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        var scoped = turn.Scope(_kernel);
        if (scoped.Plugins.TryGetPlugin(KernelNames.AfterSales, out var actions))
        {
            // A model answers questions; it never records anything.
            scoped.Plugins.Remove(actions);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Value.Timeout);
        try
        {
            var result = await scoped.InvokeAsync(_answer, new KernelArguments { ["question"] = question }, deadline.Token).ConfigureAwait(false);
            return Accept(result, started);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Model answer timed out after {ElapsedMs} ms; the scripted answer is used", Elapsed(started));
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The model is an outside service: whatever it does wrong, the buyer gets the scripted answer.
            _logger.LogWarning("Model answer failed after {ElapsedMs} ms with {Error}; the scripted answer is used", Elapsed(started), exception.GetType().Name);
            return null;
        }
    }

    private string? Accept(FunctionResult result, long started)
    {
        var text = result.GetValue<string>()?.Trim();
        var action = ScreenedResult.ActionOf(result);
        var outcome = action != GateAction.Send ? "blocked"
            : string.IsNullOrEmpty(text) ? "empty"
            : text.Length > _options.Value.MaxAnswerLength ? "too long"
            : "answered";
        _logger.LogInformation("Model answer {Outcome} in {ElapsedMs} ms", outcome, Elapsed(started));
        return outcome == "answered" ? text : null;
    }

    private async Task<string> GenerateAsync(Kernel kernel, string question, CancellationToken cancellationToken)
    {
        var entries = _policies.Relevant(question);
        if (entries.Count == 0 || _chat.Service is not { } service)
        {
            return string.Empty;
        }

        var settings = new OpenAIPromptExecutionSettings
        {
            Temperature = 0.2,
            MaxTokens = 400,
            FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(
            [
                kernel.Plugins.GetFunction(KernelNames.Orders, KernelNames.ListOrders),
                kernel.Plugins.GetFunction(KernelNames.Orders, KernelNames.GetOrder),
                kernel.Plugins.GetFunction(KernelNames.Policies, KernelNames.SearchPolicies),
            ]),
        };
        var reply = await service.GetChatMessageContentAsync(GroundedPrompt.Build(entries, question), settings, kernel, cancellationToken).ConfigureAwait(false);
        return reply.Content ?? string.Empty;
    }

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}

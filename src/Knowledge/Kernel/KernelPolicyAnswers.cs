namespace ShopBot.Knowledge.Kernel;

using Microsoft.SemanticKernel;
using ShopBot.Knowledge.Policies;

/// <summary>Policy search through the <see cref="KernelNames.Policies"/> function, and generated answers through <see cref="LlmPolicyAnswerer"/>.</summary>
public sealed class KernelPolicyAnswers(Kernel kernel, LlmPolicyAnswerer answerer) : IPolicyAnswers
{
    public async Task<PolicyMatch?> FindBestAsync(BuyerTurn turn, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var result = await turn.Scope(kernel).InvokeAsync(KernelNames.Policies, KernelNames.BestPolicy, new() { ["question"] = question }, cancellationToken).ConfigureAwait(false);
        return result.GetValue<PolicyMatch>();
    }

    public Task<string?> GenerateAsync(BuyerTurn turn, string question, CancellationToken cancellationToken) =>
        answerer.TryAnswerAsync(turn, question, cancellationToken);
}

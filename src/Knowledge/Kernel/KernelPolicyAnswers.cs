namespace ShopBot.Knowledge.Kernel;

using Microsoft.SemanticKernel;
using ShopBot.Knowledge.Policies;

/// <summary>Policy search through the <see cref="KernelNames.Policies"/> function, and generated answers through <see cref="LlmPolicyAnswerer"/>.</summary>
public sealed class KernelPolicyAnswers(Kernel kernel, LlmPolicyAnswerer answerer) : IPolicyAnswers
{
    public async Task<PolicyMatch?> FindBestAsync(BuyerTurn turn, string question, IReadOnlyCollection<string>? skip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var arguments = new KernelArguments { ["question"] = question, ["skip"] = string.Join(PoliciesPlugin.SkipSeparator, skip ?? []) };
        var result = await turn.Scope(kernel).InvokeAsync(KernelNames.Policies, KernelNames.BestPolicy, arguments, cancellationToken).ConfigureAwait(false);
        return result.GetValue<PolicyMatch>();
    }

    public Task<string?> GenerateAsync(BuyerTurn turn, string question, CancellationToken cancellationToken) =>
        answerer.TryAnswerAsync(turn, question, cancellationToken);
}

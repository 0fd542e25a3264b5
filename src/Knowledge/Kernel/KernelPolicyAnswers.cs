namespace ShopBot.Knowledge.Kernel;

using Microsoft.SemanticKernel;
using ShopBot.Knowledge.Policies;

/// <summary>
/// Policy search for the flows, and generated answers through <see cref="LlmPolicyAnswerer"/>. With a chat model
/// configured the search runs as the <see cref="KernelNames.Policies"/> function (audited beside the model's own tool
/// calls); without one it is a plain call of <see cref="IPolicySearch.FindBest"/>, the same answer without a kernel
/// copy and its filters on every turn.
/// </summary>
public sealed class KernelPolicyAnswers(Kernel kernel, IPolicySearch policies, LlmPolicyAnswerer answerer) : IPolicyAnswers
{
    public async Task<PolicyMatch?> FindBestAsync(BuyerTurn turn, string question, IReadOnlyCollection<string>? skip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!answerer.Enabled)
        {
            return policies.FindBest(question ?? string.Empty, skip);
        }

        var arguments = new KernelArguments { ["question"] = question, ["skip"] = string.Join(PoliciesPlugin.SkipSeparator, skip ?? []) };
        var result = await turn.Scope(kernel).InvokeAsync(KernelNames.Policies, KernelNames.BestPolicy, arguments, cancellationToken).ConfigureAwait(false);
        return result.GetValue<PolicyMatch>();
    }

    public Task<string?> GenerateAsync(BuyerTurn turn, string question, CancellationToken cancellationToken) =>
        answerer.TryAnswerAsync(turn, question, cancellationToken);
}

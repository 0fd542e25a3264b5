using ShopBot.Knowledge.Policies;

namespace ShopBot.Knowledge.Kernel;

/// <summary>Policy questions for the dialog: the scripted best entry, and a grounded generated answer when a chat model is configured.</summary>
public interface IPolicyAnswers
{
    /// <summary>The best entry for the question, leaving out the <paramref name="skip"/> ids, or null when none is close enough.</summary>
    Task<PolicyMatch?> FindBestAsync(BuyerTurn turn, string question, IReadOnlyCollection<string>? skip, CancellationToken cancellationToken);

    /// <summary>
    /// A screened answer from the chat model, grounded in the policy entries; null when no model is configured, or it
    /// failed, timed out, said nothing or said something the screen blocks. Null means: use the scripted answer.
    /// </summary>
    Task<string?> GenerateAsync(BuyerTurn turn, string question, CancellationToken cancellationToken);
}

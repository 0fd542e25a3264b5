namespace ShopBot.Knowledge.Kernel;

using Microsoft.SemanticKernel;

/// <summary>
/// Whose turn it is. The dialog puts it in a per-turn copy of the kernel (<see cref="Kernel.Data"/>), where plugin
/// functions read it; it is never a function parameter, so neither a caller's arguments nor a chat model's tool
/// call can point a function at another buyer.
/// </summary>
public sealed record BuyerTurn(string BuyerId, string ConversationId)
{
    private const string DataKey = "shopbot.buyer-turn";

    /// <summary>A copy of <paramref name="kernel"/> whose functions act for this buyer only.</summary>
    public Kernel Scope(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentException.ThrowIfNullOrWhiteSpace(BuyerId);
        var scoped = kernel.Clone();
        scoped.Data[DataKey] = this;
        return scoped;
    }

    /// <summary>The buyer the kernel was scoped to; a kernel without one is a programming error, never "any buyer".</summary>
    public static BuyerTurn Of(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        return kernel.Data.TryGetValue(DataKey, out var value) && value is BuyerTurn turn
            ? turn
            : throw new InvalidOperationException("The kernel is not scoped to a buyer: call BuyerTurn.Scope before invoking a shop function.");
    }
}

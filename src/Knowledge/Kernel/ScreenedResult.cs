namespace ShopBot.Knowledge.Kernel;

using Microsoft.SemanticKernel;
using ShopBot.Knowledge.Screening;

/// <summary>How <see cref="ReplyScreenFilter"/> marks a buyer-facing result: the gate's action travels in the result's metadata.</summary>
public static class ScreenedResult
{
    public const string ActionKey = "shopbot.screen.action";
    public const string ViolationsKey = "shopbot.screen.violations";

    /// <summary>The gate's action on this result, or null when the filter did not screen it.</summary>
    public static GateAction? ActionOf(FunctionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Metadata is { } metadata && metadata.TryGetValue(ActionKey, out var action) && action is GateAction value ? value : null;
    }
}

using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using ShopBot.Knowledge.Screening;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Kernel;

/// <summary>
/// The reply screen as a kernel filter: a buyer-facing text a function returns (see <see cref="KernelNames.IsBuyerFacing"/>)
/// comes back as it is when it passes, as its passing rewrite when it has one, or empty when it must not be sent;
/// <see cref="ScreenedResult.ActionOf"/> tells the caller which, so an empty result makes it escalate or fall back.
/// </summary>
public sealed class ReplyScreenFilter(ReplyGate gate, ILogger<ReplyScreenFilter> logger) : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next(context).ConfigureAwait(false);
        if (!KernelNames.IsBuyerFacing(context.Function.PluginName, context.Function.Name) || context.Result.GetValue<object>() is not string text)
        {
            return;
        }

        var decision = gate.ForBot(text);
        if (decision.Action != GateAction.Send)
        {
            logger.LogWarning("Screen {Action} on {Plugin}.{Function}: {Violations}", decision.Action, context.Function.PluginName, context.Function.Name, PersonalDataMask.Mask(ReplyGate.Describe(decision.Verdict)));
        }

        var metadata = new Dictionary<string, object?>(context.Result.Metadata ?? new Dictionary<string, object?>(), StringComparer.Ordinal)
        {
            [ScreenedResult.ActionKey] = decision.Action,
            [ScreenedResult.ViolationsKey] = decision.Verdict.Violations,
        };
        context.Result = new FunctionResult(context.Function, decision.TextToSend ?? string.Empty, context.Result.Culture, metadata);
    }
}

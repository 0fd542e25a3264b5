using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Kernel;

/// <summary>
/// Logs every kernel function call, whether from a flow or a chat model's tool call: the function, its arguments
/// with personal data hidden (<see cref="PersonalDataMask"/>), how long it took, and whether it failed.
/// </summary>
public sealed class AuditFilter(ILogger<AuditFilter> logger) : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        var arguments = PersonalDataMask.Arguments(context.Arguments);
        try
        {
            await next(context).ConfigureAwait(false);
            logger.LogInformation("Kernel function {Plugin}.{Function}({Arguments}) took {ElapsedMs} ms",
                context.Function.PluginName, context.Function.Name, arguments, Elapsed(started));
        }
        catch (Exception exception)
        {
            logger.LogWarning("Kernel function {Plugin}.{Function}({Arguments}) failed after {ElapsedMs} ms: {Error}",
                context.Function.PluginName, context.Function.Name, arguments, Elapsed(started), exception.GetType().Name);
            throw;
        }
    }

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}

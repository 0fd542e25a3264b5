using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "要是只能全退的话 那全退了我重拍一套也行" after fewer pieces were recorded in this chat: what the buyer accepts if the
/// pieces dropped cannot be refunded alone goes on that record (recorded again with it, the earlier one withdrawn), never
/// read as a new count nor told as a change when the count stays.
/// </summary>
public static partial class QuantityFallback
{
    /// <summary>The fallback in the shop's words, on the record a colleague reads.</summary>
    public const string Said = "若不能部分退，买家同意整单退款后重拍";

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || !OrElseWhole(context.Compact)
            || state.LastOrderNumber is not { } number || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        var fewer = (await context.Actions.CasesOfOrderAsync(context.Turn, number, cancellationToken).ConfigureAwait(false))
            .Where(c => c.Kind == CaseKind.OrderChange && c.Status == CaseStatus.Open && c.Reason == OrderChangeFlow.FewerReason && c.ConversationId == context.Input.ConversationId)
            .OrderBy(c => c.CreatedAt).LastOrDefault();
        if (fewer?.Description is not { } description)
        {
            return false;
        }

        state.ClearClarification();
        if (!description.Contains(Said, StringComparison.Ordinal))
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, fewer.Id, "买家补充了不能部分退时的办法，已连同原内容重新登记", cancellationToken).ConfigureAwait(false);
            await context.Actions.RequestOrderChangeAsync(context.Turn, number, OrderChangeFlow.FewerReason, $"{description}；{Said}", cancellationToken).ConfigureAwait(false);
        }

        context.Say("order_change.fewer_fallback_noted", context.SlotsOf(order));
        return true;
    }

    /// <summary>"要是只能全退的话 那全退了我重拍一套也行", "实在不能部分退就整单退吧": a whole refund accepted on a condition.</summary>
    public static bool OrElseWhole(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return WholeRefund().IsMatch(compact) && Condition().IsMatch(compact) && !WholeRefused().IsMatch(compact);
    }

    [GeneratedRegex("全退|整单退|全部退|都退了|退全款|全额退|整单取消|全部取消")]
    private static partial Regex WholeRefund();

    [GeneratedRegex("要是|如果|假如|万一|实在|只能|(?<!能)不能|不行|退不了|没法|的话")]
    private static partial Regex Condition();

    [GeneratedRegex("不(?:用|要|想|必)(?:全退|整单退|全部退|退全款|全额退)")]
    private static partial Regex WholeRefused();
}

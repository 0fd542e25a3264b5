using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "要是只能全退的话 那全退了我重拍一套也行" after fewer pieces were recorded in this chat, "压不了的话就先退了吧 我回来再重新拍"
/// after a held shipment was: the whole refund the buyer accepts if the record cannot be done goes on that record
/// (recorded again with it, the earlier one withdrawn), never read as a new count, a refund asked now or a change told
/// when nothing changed.
/// </summary>
public static partial class RefundFallback
{
    /// <summary>The fallback of fewer pieces, in the shop's words, on the record a colleague reads.</summary>
    public const string FewerSaid = "若不能部分退，买家同意整单退款后重拍";

    /// <summary>The fallback of a held shipment.</summary>
    public const string HeldSaid = "若压不了单，买家同意整单退款，之后再重拍";

    public static async Task<bool> TryAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        // The held shipment's flow may still wait for a day ("下周" asked which day): the fallback answers it too.
        if ((state.ActiveFlow is not null && state.ActiveFlow != Intents.IntentIds.DelayShipment) || !OrElseWhole(context.Compact)
            || state.LastOrderNumber is not { } number || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        var open = (await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.OrderChange, CaseKind.DelayShipment).ConfigureAwait(false))
            .Where(c => c.Kind == CaseKind.DelayShipment || c.Reason == OrderChangeFlow.FewerReason)
            .OrderBy(c => c.CreatedAt).LastOrDefault();
        if (open?.Description is not { } description)
        {
            return false;
        }

        var held = open.Kind == CaseKind.DelayShipment;
        if (state.ActiveFlow is not null && !held)
        {
            return false;
        }

        var said = held ? HeldSaid : FewerSaid;
        state.ClearClarification();
        if (state.ActiveFlow is not null)
        {
            context.Finish();
        }

        if (!description.Contains(said, StringComparison.Ordinal))
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, open.Id, "买家补充了办不成时的办法，已连同原内容重新登记", cancellationToken).ConfigureAwait(false);
            await (held
                ? context.Actions.RecordDelayShipmentAsync(context.Turn, number, $"{description}；{said}", cancellationToken)
                : context.Actions.RequestOrderChangeAsync(context.Turn, number, OrderChangeFlow.FewerReason, $"{description}；{said}", cancellationToken)).ConfigureAwait(false);
        }

        context.Say(held ? "delay_shipment.held_fallback_noted" : "order_change.fewer_fallback_noted", new Dictionary<string, string?>(context.SlotsOf(order))
        {
            [Templates.TemplateSlots.Change] = description.Split('：')[0],
        });
        return true;
    }

    /// <summary>"要是只能全退的话 那全退了我重拍一套也行", "压不了的话就先退了吧": a whole refund accepted on a condition.</summary>
    public static bool OrElseWhole(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        return WholeRefund().IsMatch(compact) && Condition().IsMatch(compact) && Accepted().IsMatch(compact) && !WholeRefused().IsMatch(compact);
    }

    [GeneratedRegex("全退|整单退|全部退|都退了|退全款|全额退|整单取消|全部取消|(?:先|就)退(?:了|款|掉)|(?:先|就)退吧")]
    private static partial Regex WholeRefund();

    [GeneratedRegex("要是|如果|假如|万一|实在|只能|(?<!能)不能|不行|退不了|压不了|没法|的话")]
    private static partial Regex Condition();

    // "也行", "就全退", "整单退吧", "就先退了吧": the whole refund taken, never "要是让我全退了重拍就算了".
    [GeneratedRegex("(?:也|都)(?:行|可以|没事|没关系|好|ok|成)|就(?:整单|全部|全|先)?(?:退|取消)|(?:全退|整单退|全部退|先退)(?:了)?吧|那就(?:全|整单|先)")]
    private static partial Regex Accepted();

    [GeneratedRegex("不(?:用|要|想|必)(?:全退|整单退|全部退|退全款|全额退)")]
    private static partial Regex WholeRefused();
}

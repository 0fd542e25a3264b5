using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// A field given or corrected while "which order?" or the order number waits ("不对 抬头写兔大白", "收件人不是张三是李四",
/// "不对 要纸质的") is kept by the flow and said back, and the order is asked for in other words: never the same list
/// again, never a failed turn.
/// </summary>
internal static class ChoosingAside
{
    /// <summary>True when the turn is answered: the message gave the flow a field and named none of the listed orders.</summary>
    public static bool TryTake(FlowContext context, bool gaveField, string? acknowledgement = null, IReadOnlyDictionary<string, string?>? slots = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        var asking = state.Step == DialogSteps.AskOrder;
        if (!gaveField || (!asking && (state.Step != DialogSteps.ChooseOrder || state.OrderChoices.Count == 0)) || context.Facts.OrderReferences.Count > 0
            || context.Services.Orders.ExtractOrderNumbers(context.Text).Count > 0)
        {
            return false;
        }

        var listed = state.OrderChoices.Select(n => context.Services.Orders.Find(context.Input.BuyerId, n)).OfType<Order>().ToList();
        if (!TaxNumberEdit.IsEdit(context.Normalized) && OrderChoice.Pick(context.Normalized, listed) is not null)
        {
            return false;
        }

        // What the flow already said about the field (a tax number checked, the title said beside it) is acknowledgement enough.
        if (context.Replies.Count == 0 || (acknowledgement is not null && !SaidAlready(context, slots)))
        {
            context.Say(acknowledgement ?? "listen.noted", slots);
        }

        if (asking)
        {
            context.Say("dialog.resume_ask_order");
        }
        else if (!OrderResolver.AskedTwice(context) || !OrderResolver.ProposeNewest(context, listed))
        {
            context.Say("dialog.resume_choose_order");
        }

        return true;
    }

    private static bool SaidAlready(FlowContext context, IReadOnlyDictionary<string, string?>? slots) =>
        slots is not null && slots.Values.OfType<string>().Any(value => context.Replies.Any(reply => reply.Text.Contains(value, StringComparison.Ordinal)));
}

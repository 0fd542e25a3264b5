using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>"改好了吗", "处理了没" right after the bot recorded a request: where that request stands, never a menu.</summary>
public sealed partial class DialogEngine
{
    private static async Task<DialogOutcome?> ProgressOfRecordedAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastOrderNumber is not { } last
            || !ProgressAsked().IsMatch(context.Compact)
            || context.Services.Orders.Find(context.Input.BuyerId, last) is not { } order)
        {
            return null;
        }

        var records = await context.Actions.CasesOfOrderAsync(context.Turn, last, cancellationToken).ConfigureAwait(false);
        if (!records.Any(r => r.Status == CaseStatus.Open && r.ConversationId == context.Input.ConversationId))
        {
            return null;
        }

        state.ClearClarification();
        context.Say("dialog.progress_recorded", new Dictionary<string, string?> { [TemplateSlots.OrderNumber] = order.OrderNumber, [TemplateSlots.ItemTitle] = order.Title });
        return Outcome(context, DialogOutcomeKind.Answered, state.LastFlow ?? IntentIds.Other);
    }

    [GeneratedRegex("^(那|请问|所以)?(地址|发票|换货|退款|补偿|备注)?(改|办|处理|弄|登记|备注|换|开)(好|完)?了?(吗|没|嘛|么|没有|沒|麼|嗎)[?？!！]*$")]
    private static partial Regex ProgressAsked();
}

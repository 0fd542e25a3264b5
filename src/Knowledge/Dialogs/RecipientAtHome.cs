using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "她白天在家 我不在", "我妈天天在家" right after a new recipient was recorded in this chat: why the parcel goes to
/// someone else, no hold nor a wish to ask about. The buyer hears that the courier calls the recipient recorded (the
/// phone masked); nothing more is recorded.
/// </summary>
public static partial class RecipientAtHome
{
    public static async Task<bool> TryAnswerAsync(FlowContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        if (state.ActiveFlow is not null || state.LastFlow != IntentIds.ChangeAddress || !AtHome().IsMatch(context.Compact)
            || context.Facts.Address is not null || context.Facts.PersonNames.Count > 0 || DeliveryWish.Read(context.Compact) is not null
            || state.LastOrderToldOf(IntentIds.ChangeAddress + ".") is not { } number
            || context.Services.Orders.Find(context.Input.BuyerId, number) is not { } order)
        {
            return false;
        }

        var open = await OpenCases.HereAsync(context, number, cancellationToken, CaseKind.AddressChange).ConfigureAwait(false);
        if (open.Select(r => RecordedChange.Of(r.Description, order)).LastOrDefault(r => r is { NameChanged: true }) is not { } recorded)
        {
            return false;
        }

        state.ClearClarification();
        state.LastOrderNumber = number;
        context.Say("change_address.recipient_home", new Dictionary<string, string?>(context.SlotsOf(order), StringComparer.Ordinal)
        {
            [TemplateSlots.NewAddress] = $"{recorded.Name} {MobileMask.Mask(recorded.Mobile)}",
        });
        return true;
    }

    [GeneratedRegex("(?:她|他|收件人|对方|家里人|老人|[我咱](?:妈|爸|老公|老婆|爱人|媳妇|家人|婆婆|公公|奶奶|爷爷|姥姥|姥爷|外婆|外公|姐|哥|妹|弟|女儿|儿子|朋友|同事))[^，,。]{0,4}(?:在家|有人|能收|可以收|收得到|方便收)|我[^，,。]{0,4}(?:不在|没空|上班|出差)")]
    private static partial Regex AtHome();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

public sealed partial class ChangeAddressFlow
{
    private const string GiftNoteAsked = "change_address.gift_note_still";

    /// <summary>
    /// "地址改成我自己的" on an order noted as a gift ("送人的 别放价格单", a card): the parcel now comes to the buyer, so
    /// the gift note may no longer be wanted. Asked once; the note stays until the buyer says otherwise.
    /// </summary>
    private static async Task AskGiftNoteAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var name = context.State.Values.GetValueOrDefault(NameKey);
        var own = OwnAddress().IsMatch(context.Compact) || (name is not null && name == order.ReceiverName);
        if (!own || context.Told(GiftNoteAsked, order.OrderNumber))
        {
            return;
        }

        var gift = (await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false))
            .LastOrDefault(c => c.Kind == CaseKind.OrderChange && c.Status == CaseStatus.Open && c.Description is { } d && GiftWords().IsMatch(d));
        if (gift?.Description is { } noted)
        {
            context.Say(GiftNoteAsked, new Dictionary<string, string?>(slots, StringComparer.Ordinal) { [TemplateSlots.Noted] = noted });
        }
    }

    /// <summary>"是送人的，收件人帮我改成张秀兰 136…": a note for the warehouse asked for beside the change, kept from any message of the flow.</summary>
    private static void KeepNoteBeside(FlowContext context)
    {
        if (OrderNote.AskedIn(context.Compact) is { } note)
        {
            context.State.Values[NoteBesideKey] = note;
        }
    }

    /// <summary>
    /// The note kept beside the change is recorded with it (once) and confirmed in the same reply, never lost behind the
    /// address; a note recorded and told in an earlier turn ("送我妈的" before the address came) is not said again.
    /// </summary>
    private static async Task RecordNoteBesideAsync(FlowContext context, Order order, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        if (!context.State.Values.TryGetValue(NoteBesideKey, out var note))
        {
            return;
        }

        var records = await context.Actions.CasesOfOrderAsync(context.Turn, order.OrderNumber, cancellationToken).ConfigureAwait(false);
        if (records.Any(r => r.Status == CaseStatus.Open && r.Kind == CaseKind.OrderChange && r.Description == note))
        {
            return;
        }

        await context.Actions.RequestOrderChangeAsync(context.Turn, order.OrderNumber, OrderNoteWithdrawal.NoteReason, note, cancellationToken).ConfigureAwait(false);
        context.Say(NoteBeside, new Dictionary<string, string?>(slots, StringComparer.Ordinal) { [TemplateSlots.Change] = note });
    }

    private const string NoteBesideKey = "note_beside";
    private const string NoteBeside = "change_address.note_beside";

    // "改成我自己的", "寄回我家", "还是寄给我本人".
    [GeneratedRegex("(?:我|我们)?自己(?:的|家|这)|我家|寄(?:回)?给我(?!妈|爸|朋友|同事)|本人")]
    private static partial Regex OwnAddress();

    [GeneratedRegex("送礼|送人|价格单|贺卡|礼物")]
    private static partial Regex GiftWords();
}

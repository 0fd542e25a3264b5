using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "另一个是好的 就换那个瘪的就行 不用退" after the problem was recorded with no remedy chosen: the exchange replaces the
/// report, of the pieces the buyer names on an order of several ("只换其中1件，其余1件不换"), and photos said sent
/// stay noted for the colleague, never asked for again.
/// </summary>
public sealed partial class QualityReturnFlow
{
    private static async Task ExchangeInsteadAsync(FlowContext context, ReplacedCase replaced, IReadOnlyDictionary<string, string?> slots, CancellationToken cancellationToken)
    {
        var quantity = context.Services.Orders.Find(context.Input.BuyerId, replaced.OrderNumber)?.Quantity ?? 1;
        var pieces = quantity > 1 && ExchangePieces.Wanted(context.Compact, quantity) is { } wanted && wanted < quantity ? ExchangePieces.Said(wanted, quantity) : null;
        var photosNote = replaced.PhotosSaidSent ? SaidSentNote : string.Empty;
        // The pieces go last, where ExchangePieces finds them when the buyer changes the count later.
        var description = pieces is null ? replaced.Description + photosNote : $"{replaced.Description}{photosNote}；{pieces}";
        await context.Actions.OpenReturnCaseAsync(context.Turn, replaced.OrderNumber, true, description, replaced.PhotoUrls, cancellationToken).ConfigureAwait(false);
        context.Say(
            pieces is null ? "quality_return.changed_to_exchange" : "quality_return.changed_to_exchange_part",
            new Dictionary<string, string?>(slots) { [TemplateSlots.Change] = pieces });
    }
}

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// One wish about how an order ships, said beside the turn's main need: what the record says (<see cref="Note"/>, in the
/// shop's words), what the buyer is told back (<see cref="Said"/>), and the word that shows a record already holds it.
/// </summary>
public sealed record ShippingWish(ShippingWishKind Kind, string Note, string Said, string Marker);

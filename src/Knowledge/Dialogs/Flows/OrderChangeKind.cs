namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>What a buyer asks to change on an order before it ships.</summary>
public enum OrderChangeKind
{
    Size,
    Colour,
    Spec,
    Quantity,
    Courier,
}

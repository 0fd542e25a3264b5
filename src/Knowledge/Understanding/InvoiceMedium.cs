namespace ShopBot.Knowledge.Entities;

/// <summary>纸质 or 电子 invoice.</summary>
public enum InvoiceMedium
{
    Electronic,
    Paper,
}

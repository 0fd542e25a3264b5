namespace ShopBot.Knowledge.Cases;

/// <summary>个人 or 公司 抬头; a company title needs a tax number.</summary>
public enum InvoiceTitleType
{
    Personal,
    Company,
}

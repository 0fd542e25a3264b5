namespace ShopBot.Knowledge.Cases;

public enum CaseStatus
{
    Open,
    Resolved,
    Cancelled,
}

namespace ShopBot.Knowledge.Cases;

public sealed class CaseNotFoundException(string caseId) : Exception($"No case '{caseId}'.")
{
    public string CaseId { get; } = caseId;
}

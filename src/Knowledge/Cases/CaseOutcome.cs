namespace ShopBot.Knowledge.Cases;

/// <summary>How a person settled a case. The lower-case names of <see cref="CaseOutcomes.Name"/> are a contract of the agent API.</summary>
public enum CaseOutcome
{
    Refunded,
    Exchanged,
    Reshipped,
    Compensated,
    Rejected,
}

namespace ShopBot.Knowledge.Intents;

/// <summary>What an escalation word says about the buyer: a complaint (or a threat to complain), or anger.</summary>
public enum EscalationWordKind
{
    Complaint,

    Abuse,
}

namespace ShopBot.Knowledge.Screening;

/// <summary>What the bot does with a reply after the screen.</summary>
public enum GateAction
{
    /// <summary>The reply passed; send it as written.</summary>
    Send,

    /// <summary>The reply failed but its compliant rewrite passes; send the rewrite instead.</summary>
    SendRewrite,

    /// <summary>The reply failed and has no passing rewrite; send nothing and hand the conversation to a person.</summary>
    Escalate,
}

namespace ShopBot.Knowledge.Dialogs;

/// <summary>What a buyer asks the shop to do after an answer (see <see cref="FollowUpRequests"/>).</summary>
public enum FollowUpRequest
{
    /// <summary>Contact or chase the courier ("帮我联系一下快递").</summary>
    ContactCourier,

    /// <summary>Chase it: the courier for a shipped order, the warehouse for one not yet shipped ("那你帮我催一下").</summary>
    Hurry,

    /// <summary>A small compensation asked for or accepted ("补偿几块就行").</summary>
    Compensate,

    /// <summary>Do something about what was being discussed ("你们帮我处理一下").</summary>
    CarryOn,
}

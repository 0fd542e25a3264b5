namespace ShopBot.Knowledge.Dialogs;

/// <summary>What a short follow-up asks about the case just recorded (<see cref="CaseQuestion"/>).</summary>
public enum CaseAsked
{
    Postage,
    Address,
    Courier,
    Days,
    Amount,

    /// <summary>"收到要检查吗": what to check when the new goods arrive.</summary>
    Check,

    /// <summary>"能上门取件吗": whether a courier can fetch the parcel going back.</summary>
    Pickup,

    /// <summary>"到了以后怎么弄 直接寄回来吗": what the buyer does, step by step, to send a return or exchange back.</summary>
    Steps,

    /// <summary>"能不能快点回复", "怎么还没人回": when the colleague who has the case answers.</summary>
    Reply,
}

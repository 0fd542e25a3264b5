namespace ShopBot.Knowledge.Screening;

/// <summary>What a lexicon term does when it is found in a reply.</summary>
public enum TermRole
{
    /// <summary>A word that must not be said (superlative, contact, abuse): a violation of its kind wherever it is not covered by an allowed word.</summary>
    Banned,

    /// <summary>An ordinary word that contains a banned one (最近, 第一时间): the banned word inside it is not a violation.</summary>
    Allowed,

    /// <summary>A word stating certainty (一定, 保证): a promise when it bears on a delivery time or an outcome.</summary>
    PromiseMarker,

    /// <summary>A delivery time or an outcome (明天, 送达, 满意) that a certainty marker turns into a promise.</summary>
    PromiseSubject,

    /// <summary>A negation just before a term cancels it (不保证, 请勿私下转账).</summary>
    Negator,

    /// <summary>A platform rule's subject (发票, 信用卡): the rule's breaches count only in a sentence about it.</summary>
    RuleTopic,

    /// <summary>What breaks a platform rule (税点, 手续费, 银行卡转账).</summary>
    RuleBreach,

    /// <summary>A phrase that makes a rule's breach words harmless in its sentence (由银行收取).</summary>
    RuleUnless,
}

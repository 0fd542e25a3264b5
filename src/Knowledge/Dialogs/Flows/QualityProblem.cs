namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>What is wrong with goods a buyer received; it decides the case (return, exchange, reshipment) and the words.</summary>
public enum QualityProblem
{
    /// <summary>A defect or anything not named more precisely.</summary>
    Defect,

    /// <summary>Broken, cracked, crushed or torn.</summary>
    Damaged,

    /// <summary>Fewer pieces than ordered, or a part missing.</summary>
    Missing,

    /// <summary>Another item, colour or size than the one ordered.</summary>
    WrongItem,

    /// <summary>A device that does not work: no power, no connection.</summary>
    NotWorking,

    /// <summary>Water, liquid or air gets out (保温杯漏水, 盖子渗水): a fault of its own, never called damage.</summary>
    Leaking,
}

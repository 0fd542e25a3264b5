using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "我这周出差不在家 下周一30号以后再发": why the buyer wants the parcel held, in the shop's words, so the hold's record
/// says until when and why instead of the date alone.
/// </summary>
public sealed partial class DelayShipmentFlow
{
    private const string OnBusinessTrip = "买家出差不在家";
    private const string Away = "买家外出不在家";
    private const string NoOneIn = "买家不在家，没人收货";

    /// <summary>The reason a hold is asked for, worded for the warehouse; null when the line gives none (compact text).</summary>
    private static string? HoldReason(string compactText) =>
        BusinessTrip().IsMatch(compactText) ? OnBusinessTrip
        : Travelling().IsMatch(compactText) ? Away
        : NobodyToReceive().IsMatch(compactText) ? NoOneIn
        : null;

    /// <summary>The reason an earlier hold's record gave, to carry onto the record that replaces it.</summary>
    private static string? ReasonIn(string? description) =>
        description is null ? null : Array.Find([OnBusinessTrip, Away, NoOneIn], r => description.Contains($"（{r}）", StringComparison.Ordinal));

    [GeneratedRegex("出差|公干")]
    private static partial Regex BusinessTrip();

    [GeneratedRegex("旅游|旅行|出去玩|回老家|出远门|探亲")]
    private static partial Regex Travelling();

    [GeneratedRegex("不在家|没人收|家里没人|没人在家|收不了")]
    private static partial Regex NobodyToReceive();
}

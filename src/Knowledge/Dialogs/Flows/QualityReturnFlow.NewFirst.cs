using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "能不能先把白的寄给我 黑的我再寄回去": the new piece wanted before the old one goes back. The rule is that the new one
/// leaves once the returned one is checked, so nothing is promised; the wish is written on the exchange record, where
/// the colleague who decides reads it, and the buyer is told so.
/// </summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>How an exchange record notes the wish.</summary>
    public const string NewFirstNote = "（买家希望先发新的、原件随后寄回，请同事决定能否先发）";

    private const string NewFirstNoted = "quality_return.exchange_new_first_noted";

    /// <summary>"能先发新的吗", "你们先寄过来我再寄回去", "先把白的寄给我": the new one wanted before the old one goes back.</summary>
    public static bool AsksNewFirst(string compact) => NewFirst().IsMatch(compact);

    /// <summary>"XL的我收到再寄回去", "旧的我后面再退回": the old goods said to go back after the new come.</summary>
    public static bool SendsOldBack(string compact) => OldBackLater().IsMatch(compact);

    /// <summary>"发L的过来", "把XL的寄给我": the size the new goods are asked in; null when none is named.</summary>
    public static string? NewSize(string compact) =>
        SizeSentFirst().Match(compact.ToLowerInvariant()) is { Success: true } named ? named.Groups["s"].Value : null;

    /// <summary>The exchange description about to be recorded, with the wish noted when this line makes it.</summary>
    private static string WithNewFirst(FlowContext context, string description) =>
        AsksNewFirst(context.Compact) && !description.Contains(NewFirstNote, StringComparison.Ordinal) ? description + NewFirstNote : description;

    /// <summary>Tells the buyer the wish is on the record for a colleague to decide, when this line makes it.</summary>
    private static void SayNewFirstNoted(FlowContext context, IReadOnlyDictionary<string, string?> slots)
    {
        if (AsksNewFirst(context.Compact))
        {
            context.Say(NewFirstNoted, slots);
        }
    }

    /// <summary>
    /// The wish said after the exchange on <paramref name="orderNumber"/> was recorded in this chat: the record is
    /// written again with it (once) and the buyer told. False when no open exchange is there.
    /// </summary>
    public static async Task<bool> NotesNewFirstAsync(FlowContext context, string orderNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((await OpenCases.HereAsync(context, orderNumber, cancellationToken, CaseKind.Exchange).ConfigureAwait(false)).LastOrDefault() is not { } recorded)
        {
            return false;
        }

        var description = recorded.Description ?? QualityProblems.Label(QualityProblem.WrongItem);
        if (!description.Contains(NewFirstNote, StringComparison.Ordinal))
        {
            await context.Actions.WithdrawCaseAsync(context.Turn, recorded.Id, "买家补充了先发新的要求", cancellationToken).ConfigureAwait(false);
            await context.Actions.OpenReturnCaseAsync(context.Turn, orderNumber, true, description + NewFirstNote, recorded.PhotoUrls, cancellationToken).ConfigureAwait(false);
        }

        context.Say(NewFirstNoted, new Dictionary<string, string?> { [Templates.TemplateSlots.OrderNumber] = orderNumber });
        return true;
    }

    [GeneratedRegex("先(给我)?(发|寄|补)(个|一件|一个|件)?(新的|过来|给我|来)|你们先(发|寄)|先发新|新的先(发|寄)|(能|可以)不?(能|可以)?先(发|寄)|先(把|将)?.{0,6}(寄|发)(给我|过来)|先(直接|给我|帮我)(发|寄)")]
    private static partial Regex NewFirst();

    [GeneratedRegex("(再|后面|之后|回头|然后).{0,8}(寄|退|还)回|(寄|退)回.{0,4}(以后|之后|后)?再?(发|寄)(新|过来|给我)?.{0,2}(不行|可以|行不|能不)")]
    private static partial Regex OldBackLater();

    [GeneratedRegex("(发|寄|换)(成|个|一件)?(?<s>[2-5]?x{0,3}[lsm]|[0-9]{2,3})(码|号|cm|的)")]
    private static partial Regex SizeSentFirst();
}

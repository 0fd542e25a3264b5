using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// The problem a recorded description names, cut from how the case was to be settled, when a new remedy replaces the
/// record: "质量问题：四件套起球；买家保留商品，接受小额补偿（…）" is "质量问题：四件套起球"; a sum a supervisor was to
/// decide ("待主管审核：买家要求补偿30元，…（破损：碗裂纹；买家保留商品，…）") is read from the description it wraps.
/// </summary>
public static partial class RecordedProblem
{
    /// <summary>
    /// The problem alone, without any note in brackets; null for none. With <paramref name="keepNote"/> the notes about
    /// the goods stay ("（7天无理由换货，非质量问题，寄回运费买家承担）", "（签收已超7天，…）"), and only those about what
    /// the buyer wanted done ("（买家要换成M）", "（买家不要退货，…）") go, since the new remedy replaces them.
    /// </summary>
    public static string? Of(string? description, bool keepNote = false)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }

        var text = SupervisorWrap().Match(description) is { Success: true } wrap ? wrap.Groups["inner"].Value : description;
        var cut = SettlementNote().Match(text) is { Success: true } settled ? settled.Index : text.Length;
        var problem = text[..cut];
        problem = keepNote ? BuyerWishNote().Replace(problem, string.Empty) : problem[..NoteStart(problem)];
        problem = problem.TrimEnd('；', ';', '，', ',');
        return problem.Length > 0 ? problem : null;
    }

    /// <summary>Where the notes begin: a bracket that is no fact of the goods ("（要两件XL，收到XL、L各一件）" stays).</summary>
    private static int NoteStart(string problem) => NoteBracket().Match(problem) is { Success: true } note ? note.Index : problem.Length;

    [GeneratedRegex("（(?!要[^（）]*收到)")]
    private static partial Regex NoteBracket();

    [GeneratedRegex("买家保留商品|包裹未收到")]
    private static partial Regex SettlementNote();

    [GeneratedRegex("^待主管审核：[^（]*（(?<inner>.*)）$")]
    private static partial Regex SupervisorWrap();

    [GeneratedRegex("（买家[^（）]*）")]
    private static partial Regex BuyerWishNote();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// "不对 是杯身裂了 杯盖没事": a problem told again under a correction replaces the one told before, while photos are
/// awaited and once the case is recorded; the buyer hears what now stands, and the record never keeps the part taken back.
/// </summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>The problem as this line corrects it, or null when the line corrects nothing about the problem told.</summary>
    private static string? CorrectedProblem(FlowContext context, string told)
    {
        // "不是米白 是浅粉色" about the colour that came: the colour is put right, the rest of what was told stands.
        if (ColourSwap.CameCorrected(told, context.Normalized) is { } recoloured)
        {
            return recoloured;
        }

        if (!context.Facts.Cues.IsCorrection || QualityProblems.Of(context.Normalized) is not { } problem)
        {
            return null;
        }

        var corrected = QualityProblems.Describe(problem, context.Normalized);
        // "不是偏小 是你们发错码了" after "T恤发错尺码" says again what stands: nothing is corrected.
        return corrected == QualityProblems.Label(problem) || told.Contains(Said(corrected), StringComparison.Ordinal) ? null : corrected;
    }

    /// <summary>The problem told while photos are awaited, replaced by its correction; true when it was.</summary>
    private static bool CorrectsToldProblem(FlowContext context, string told)
    {
        if (CorrectedProblem(context, told) is not { } corrected)
        {
            return false;
        }

        context.State.Values[DescriptionKey] = corrected;
        context.Say("quality_return.problem_corrected", new Dictionary<string, string?> { [Templates.TemplateSlots.Change] = Said(corrected) });
        return true;
    }

    /// <summary>The recorded case recorded again with the corrected problem, its notes kept; true when it was.</summary>
    private static async Task<bool> CorrectRecordedAsync(FlowContext context, string orderNumber, CaseRecord recorded, CancellationToken cancellationToken)
    {
        if (RecordedProblem.Of(recorded.Description) is not { } told || CorrectedProblem(context, told) is not { } corrected)
        {
            return false;
        }

        var description = ReshipCountCorrected(recorded.Description!.Replace(told, corrected, StringComparison.Ordinal), told, corrected);
        await RecordAgainAsync(context, orderNumber, recorded, description, "买家更正了问题描述", cancellationToken).ConfigureAwait(false);
        context.Say("quality_return.recorded_problem_corrected", new Dictionary<string, string?>
        {
            [Templates.TemplateSlots.OrderNumber] = orderNumber,
            [Templates.TemplateSlots.Change] = Said(corrected),
        });
        context.Finish();
        return true;
    }

    /// <summary>
    /// "补两个碗就行" recorded, then "哦不对 是三个碗碎了": the pieces to send again follow the count corrected when they
    /// were as many as the broken ones told before ("买家要补发2个碗" → "买家要补发3个碗").
    /// </summary>
    private static string ReshipCountCorrected(string description, string told, string corrected)
    {
        if (FirstCount().Match(told) is not { Success: true } before || FirstCount().Match(corrected) is not { Success: true } after
            || before.Value == after.Value)
        {
            return description;
        }

        return description.Replace($"补发{before.Value}个", $"补发{after.Value}个", StringComparison.Ordinal);
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex FirstCount();

    /// <summary>The problem in the buyer's terms, without the category the record puts first ("破损：杯身裂纹" → "杯身裂纹").</summary>
    private static string Said(string description) =>
        description.IndexOf('：', StringComparison.Ordinal) is var colon and >= 0 && !description.Contains('；', StringComparison.Ordinal)
            ? description[(colon + 1)..] : description;
}

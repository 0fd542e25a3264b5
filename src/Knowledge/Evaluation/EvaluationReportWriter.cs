using System.Globalization;

namespace ShopBot.Knowledge.Evaluation;

/// <summary>Prints an <see cref="EvaluationReport"/> as plain text for a terminal or a CI log.</summary>
public static class EvaluationReportWriter
{
    public static void Write(EvaluationReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var width = Math.Max(8, report.Labels.Max(l => l.Length) + 1);
        writer.WriteLine($"{"intent".PadRight(width)} {"precision",9} {"recall",7} {"f1",6} {"support",7}");
        foreach (var m in report.PerIntent)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Intent.PadRight(width)} {m.Precision,9:0.000} {m.Recall,7:0.000} {m.F1,6:0.000} {m.Support,7}"));
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"macro-F1 {report.MacroF1:0.000}  accuracy {report.Accuracy:0.000}  lines {report.Lines.Count}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"escalated {report.EscalatedShare:P1}  in-scope answered with a wrong intent {Share(report.InScopeAnsweredWrong, report.InScopeCount)}  wrong and not escalated {Share(report.InScopeNotEscalatedWrong, report.InScopeCount)}"));
        writer.WriteLine();
        writer.WriteLine("confusion matrix (rows: label, columns: intent acted on)");
        var matrix = report.ConfusionMatrix();
        var codes = report.Labels.Select((_, i) => $"c{i}").ToList();
        writer.WriteLine($"{string.Empty.PadRight(width + 4)} {string.Join(' ', codes.Select(c => c.PadLeft(4)))}");
        for (var row = 0; row < report.Labels.Count; row++)
        {
            var cells = Enumerable.Range(0, report.Labels.Count).Select(col => matrix[row, col].ToString(CultureInfo.InvariantCulture).PadLeft(4));
            writer.WriteLine($"{$"{codes[row]} {report.Labels[row]}".PadRight(width + 4)} {string.Join(' ', cells)}");
        }
    }

    private static string Share(int count, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{count}/{total} ({(total == 0 ? 0 : (double)count / total):P1})");
}

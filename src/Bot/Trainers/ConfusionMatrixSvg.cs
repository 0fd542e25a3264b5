using System.Globalization;
using System.Text;
using ShopBot.Bot.Trainers.Contracts;

namespace ShopBot.Bot.Trainers;

/// <summary>
/// Draws the confusion matrix of an evaluation as an SVG heat map: one row per label, one column per intent acted
/// on, each cell shaded by its share of the row (blue on the diagonal, red off it) and labelled with its count, and
/// each row's recall at the right.
/// </summary>
public static class ConfusionMatrixSvg
{
    private const int Cell = 40;
    private const int CharWidth = 7;
    private const string Font = "font-family=\"'Noto Sans CJK SC','WenQuanYi Micro Hei',Arial,sans-serif\"";

    public static string Render(EvaluationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var labels = summary.Labels;
        var n = labels.Count;
        var longest = labels.Select(l => l.Length).DefaultIfEmpty(6).Max();
        var left = (longest * CharWidth) + 24;
        var top = 70 + (int)(longest * CharWidth * 0.72);
        var width = left + (n * Cell) + 80;
        var height = top + (n * Cell) + 40;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"confusion matrix\" {Font} font-size=\"12\">"));
        svg.Append(Invariant($"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>"));
        svg.Append(Invariant($"<text x=\"12\" y=\"22\" font-size=\"15\" font-weight=\"bold\" fill=\"#222\">Confusion matrix: rows are labels, columns the intent acted on</text>"));
        svg.Append(Invariant($"<text x=\"12\" y=\"42\" fill=\"#555\">macro-F1 {summary.MacroF1:0.000} · accuracy {summary.Accuracy:0.000} · escalated {summary.EscalatedShare:P1} · {summary.Examples} examples · {summary.Folds}-fold</text>"));

        for (var col = 0; col < n; col++)
        {
            var x = left + (col * Cell) + (Cell / 2);
            svg.Append(Invariant($"<text x=\"{x}\" y=\"{top - 8}\" transform=\"rotate(-45 {x} {top - 8})\" fill=\"#333\">{Escape(labels[col])}</text>"));
        }

        svg.Append(Invariant($"<text x=\"{left + (n * Cell) + 10}\" y=\"{top - 8}\" fill=\"#333\" font-weight=\"bold\">recall</text>"));
        for (var row = 0; row < n; row++)
        {
            var y = top + (row * Cell);
            var cells = summary.Matrix[row];
            var total = cells.Sum();
            svg.Append(Invariant($"<text x=\"{left - 8}\" y=\"{y + (Cell / 2) + 4}\" text-anchor=\"end\" fill=\"#333\">{Escape(labels[row])}</text>"));
            for (var col = 0; col < n; col++)
            {
                svg.Append(CellSvg(left + (col * Cell), y, cells[col], total, row == col));
            }

            var recall = total == 0 ? "–" : Invariant($"{(double)cells[row] / total:0.00}");
            svg.Append(Invariant($"<text x=\"{left + (n * Cell) + 10}\" y=\"{y + (Cell / 2) + 4}\" fill=\"#333\">{recall}</text>"));
        }

        svg.Append(Invariant($"<rect x=\"{left}\" y=\"{top}\" width=\"{n * Cell}\" height=\"{n * Cell}\" fill=\"none\" stroke=\"#999\"/>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string CellSvg(int x, int y, int count, int rowTotal, bool diagonal)
    {
        var share = rowTotal == 0 ? 0 : (double)count / rowTotal;
        // Small confusions matter most to a trainer, so off-diagonal shades saturate early.
        var intensity = count == 0 ? 0 : diagonal ? share : Math.Min(1, 0.25 + (share * 3));
        var fill = count == 0 ? "#f7f7f7" : diagonal ? Mix((235, 243, 251), (24, 84, 160), intensity) : Mix((253, 236, 230), (192, 57, 43), intensity);
        var text = intensity > 0.55 ? "#ffffff" : "#222222";
        var label = count == 0 ? string.Empty : Invariant($"<text x=\"{x + (Cell / 2)}\" y=\"{y + (Cell / 2) + 4}\" text-anchor=\"middle\" fill=\"{text}\">{count}</text>");
        return Invariant($"<rect x=\"{x}\" y=\"{y}\" width=\"{Cell}\" height=\"{Cell}\" fill=\"{fill}\" stroke=\"#ffffff\"/>") + label;
    }

    private static string Mix((int R, int G, int B) from, (int R, int G, int B) to, double t) =>
        Invariant($"#{Lerp(from.R, to.R, t):x2}{Lerp(from.G, to.G, t):x2}{Lerp(from.B, to.B, t):x2}");

    private static int Lerp(int a, int b, double t) => (int)Math.Round(a + ((b - a) * t));

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

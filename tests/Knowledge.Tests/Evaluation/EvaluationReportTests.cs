using ShopBot.Knowledge.Evaluation;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Tests.Evaluation;

public sealed class EvaluationReportTests
{
    private static readonly EvaluationReport Report = new(
        [
            Line("track", "track", TurnDecision.Answer),
            Line("track", "hurry", TurnDecision.Answer),
            Line("hurry", "hurry", TurnDecision.Answer),
            Line("hurry", "track", TurnDecision.Clarify),
            Line("human", "human", TurnDecision.Escalate),
            Line("other", "hurry", TurnDecision.Escalate),
        ],
        ["track", "hurry", "human", "other"]);

    [Fact]
    public void Precision_recall_and_f1_are_computed_per_intent()
    {
        var hurry = Report.For("hurry");

        Assert.Equal(2, hurry.Support);
        Assert.Equal(3, hurry.Predicted);
        Assert.Equal(1.0 / 3, hurry.Precision, 6);
        Assert.Equal(0.5, hurry.Recall, 6);
        Assert.Equal(0.4, hurry.F1, 6);
    }

    [Fact]
    public void Accuracy_escalation_and_wrong_answers_are_counted_over_all_lines()
    {
        Assert.Equal(0.5, Report.Accuracy, 6);
        Assert.Equal(2.0 / 6, Report.EscalatedShare, 6);
        Assert.Equal(5, Report.InScopeCount);
        Assert.Equal(1, Report.InScopeAnsweredWrong);
        Assert.Equal(2, Report.InScopeNotEscalatedWrong);
    }

    [Fact]
    public void The_confusion_matrix_counts_label_against_intent_acted_on()
    {
        var matrix = Report.ConfusionMatrix();
        int At(string label, string intent) => matrix[Index(label), Index(intent)];

        Assert.Equal(1, At("track", "hurry"));
        Assert.Equal(1, At("other", "hurry"));
        Assert.Equal(0, At("human", "track"));
        Assert.Equal(6, Enumerable.Range(0, Report.Labels.Count).Sum(r => Enumerable.Range(0, Report.Labels.Count).Sum(c => matrix[r, c])));
    }

    [Fact]
    public void The_printed_report_names_every_intent_and_the_macro_f1()
    {
        var writer = new StringWriter();

        EvaluationReportWriter.Write(Report, writer);

        Assert.All(Report.Labels, label => Assert.Contains(label, writer.ToString()));
        Assert.Contains("macro-F1", writer.ToString());
        Assert.Contains("confusion matrix", writer.ToString());
    }

    private static int Index(string label) => Report.Labels.ToList().IndexOf(label);

    private static EvaluatedLine Line(string label, string intent, TurnDecision decision) => new("text", label, intent, 0.5f, decision);
}

using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Questions about a remedy under way that its own case answers, whatever need the model reads into them.</summary>
public sealed partial class DialogEngine
{
    /// <summary>
    /// "退货地址发一下 用圆通寄行吗" inside or right after a quality case (that return's address, courier and postage), and
    /// "补的几号能寄出" after a reshipment was recorded (when it goes out, never the refund of a refund turned down).
    /// </summary>
    private static async Task<DialogOutcome?> AnswersRemedyQuestionAsync(FlowContext context, CancellationToken cancellationToken) =>
        QuestionAside.TryReturnQuestion(context) || await ReshipTiming.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false)
            ? Outcome(context, DialogOutcomeKind.Answered, IntentIds.QualityReturn)
            : null;
}

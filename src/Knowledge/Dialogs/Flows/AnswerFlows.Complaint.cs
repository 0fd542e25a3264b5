namespace ShopBot.Knowledge.Dialogs.Flows;

public sealed partial class AnswerFlows
{
    /// <summary>
    /// "再推三阻四我就去投诉": a supervisor is fetched, and the threat is written on the record this chat made on the order
    /// in focus before the buyer hears it was recorded, so the person taking over reads it there.
    /// </summary>
    private sealed class ComplaintReply : IDialogFlow
    {
        public string Intent => Intents.IntentIds.Complaint;

        public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
        {
            context.NeedPerson(ComplaintReason);
            await QueuedComplaint.NoteOnRecordAsync(context, cancellationToken).ConfigureAwait(false);
            context.Say("complaint.acknowledge");
            context.Finish();
        }
    }
}

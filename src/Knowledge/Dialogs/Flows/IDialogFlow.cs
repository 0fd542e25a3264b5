namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>A scripted flow for one intent. It reads the step it left in the state, says what comes next, and updates the state.</summary>
public interface IDialogFlow
{
    string Intent { get; }

    Task RunAsync(FlowContext context, CancellationToken cancellationToken);
}

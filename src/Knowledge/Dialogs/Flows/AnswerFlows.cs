using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>The one-turn answers: greetings, thanks, payment, no-reason returns, complaints and the rest.</summary>
public sealed partial class AnswerFlows
{
    public const string ComplaintReason = "complaint";

    public IReadOnlyList<IDialogFlow> All { get; } =
    [
        new Reply(IntentIds.Greeting, _ => "greeting.welcome"),
        new Reply(IntentIds.Thanks, c => ByeWords().IsMatch(c.Normalized) ? "closing.bye" : "thanks.reply"),
        new Reply(IntentIds.Payment, c => c.Normalized switch
        {
            _ when OffPlatformWords().IsMatch(c.Normalized) => "payment.platform_only",
            _ when InstalmentWords().IsMatch(c.Normalized) => "payment.instalment",
            _ => "payment.credit_card",
        }),
        new Reply(IntentIds.Complaint, c =>
        {
            c.NeedPerson(ComplaintReason);
            return "complaint.acknowledge";
        }),
        new OutOfScope(),
    ];

    [GeneratedRegex("再见|拜拜|bye|88|没事了|没有了|没问题了")]
    private static partial Regex ByeWords();

    [GeneratedRegex("转账|银行卡|微信|对公|线下|私下|支付宝转")]
    private static partial Regex OffPlatformWords();

    [GeneratedRegex("分期|花呗|白条")]
    private static partial Regex InstalmentWords();

    private sealed class Reply(string intent, Func<FlowContext, string> template) : IDialogFlow
    {
        public string Intent => intent;

        public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
        {
            context.Say(template(context));
            context.Finish();
            return Task.CompletedTask;
        }
    }

    /// <summary>Not an after-sales request: the shop's policies may still answer it; otherwise say what the bot can do.</summary>
    private sealed class OutOfScope : IDialogFlow
    {
        public string Intent => IntentIds.Other;

        public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
        {
            if (await PolicyReply.FindAsync(context, cancellationToken).ConfigureAwait(false) is { } match)
            {
                await PolicyReply.SayAsync(context, match, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Saying what the bot can do is a fallback: two in a row bring a person.
                context.Say("other.out_of_scope");
                context.Fail();
            }

            context.Finish();
        }
    }
}

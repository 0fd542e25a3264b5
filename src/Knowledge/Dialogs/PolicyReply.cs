using ShopBot.Knowledge.Kernel;
using ShopBot.Knowledge.Policies;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// The answer to a question a policy entry covers: the chat model's grounded, screened answer when one is
/// configured and succeeds, otherwise the entry itself through the <c>policy.answer</c> template.
/// </summary>
public static class PolicyReply
{
    private const string Answer = "policy.answer";

    /// <param name="question">The question answered when it is not the message itself (restated after "我问的是").</param>
    public static async Task SayAsync(FlowContext context, PolicyMatch match, CancellationToken cancellationToken, string? question = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(match);
        context.State.RememberPolicy(match.Entry.Id);
        context.MarkAnswered(question ?? context.Text);
        if (await context.Services.Policies.GenerateAsync(context.Turn, question ?? context.AsChinese, cancellationToken).ConfigureAwait(false) is { } generated)
        {
            context.SayScreened(LlmPolicyAnswerer.ReplyId, generated);
            return;
        }

        // A second answer in the same turn ("要自己装吗 有券没") comes without the closing line the first one may carry.
        context.Say(context.Replies.Any(r => r.TemplateId == Answer) ? "policy.answer_also" : Answer, new Dictionary<string, string?>
        {
            [TemplateSlots.PolicyTitle] = match.Entry.Title,
            [TemplateSlots.PolicyText] = match.Entry.Text,
        });
    }

    /// <summary>The best entry for what the buyer wrote (or <paramref name="question"/>), searched through the kernel.</summary>
    public static Task<PolicyMatch?> FindAsync(FlowContext context, CancellationToken cancellationToken, string? question = null, IReadOnlyCollection<string>? skip = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.Policies.FindBestAsync(context.Turn, question ?? context.AsChinese, skip, cancellationToken);
    }
}

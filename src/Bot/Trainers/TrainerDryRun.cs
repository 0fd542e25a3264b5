using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Bot.AfterSales;
using ShopBot.Bot.Trainers.Contracts;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Kernel;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Bot.Trainers;

/// <summary>
/// Shows what the bot would do with an utterance as the first turn of a new conversation: the live bot's own
/// <see cref="TurnPlanner"/> plans the turn, and this only renders the plan. Cases go to a throwaway store made for
/// the call, no conversation state is kept, nothing is queued or sent.
/// </summary>
public sealed class TrainerDryRun(
    TurnPlanner planner,
    IOrderLookup orders,
    IReplyTemplates templates,
    IPolicyAnswers policies,
    IEnumerable<IDialogFlow> flows,
    IOptions<OrdersOptions> ordersOptions,
    IOptions<DialogOptions> dialogOptions,
    MessageAnalyzer analyzer,
    TimeProvider time)
{
    /// <summary>The id used when no sample buyer is chosen: a buyer with no orders.</summary>
    public const string AnonymousBuyer = "trainer-preview";

    // A fixed conversation id makes the variant a template shows the same on every try.
    private const string ConversationId = "trainer-dry-run";

    public async Task<ClassifyResponse> ClassifyAsync(string text, string? buyerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buyer = buyerId ?? AnonymousBuyer;
        var cases = new InMemoryCaseStore(time, NullLogger<InMemoryCaseStore>.Instance);
        var dialogs = new DialogEngine(new DialogServices(orders, templates, policies, KernelAfterSalesActions.Recording(cases, orders, dialogOptions), ordersOptions, dialogOptions, analyzer, time), flows);
        var plan = await planner.PlanAsync(dialogs, ConversationId, buyer, text, [], new DialogState(), cancellationToken).ConfigureAwait(false);

        var understanding = plan.Understanding;
        var replies = plan.Replies.Select(r => new ReplyView(r.TemplateId, r.Text, r.Screen, r.Sent)).ToList();
        if (plan.HandoffNotice is { } notice)
        {
            replies.Add(new ReplyView("handoff.connecting", notice, "allowed", notice));
        }

        var opened = await cases.ListAsync(new CaseQuery(), cancellationToken).ConfigureAwait(false);
        return new ClassifyResponse(
            text,
            understanding.NormalizedText,
            understanding.HandoffRequested,
            understanding.Intent,
            Math.Round(understanding.Confidence, 4),
            understanding.Decision.ToString().ToLowerInvariant(),
            [.. understanding.Scores.Select(s => new ScoreView(s.Intent, IntentNames.Of(s.Intent), Math.Round(s.Confidence, 4)))],
            buyer,
            plan.Outcome.Kind.ToString().ToLowerInvariant(),
            replies,
            plan.Outcome.SuggestedReplies,
            plan.Handoff?.Reason,
            [.. opened.Select(c => new CaseView(c.Kind.Name(), c.OrderNumber))],
            IntentNames.Of(understanding.Intent));
    }
}

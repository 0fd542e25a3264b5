using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Bot.AfterSales;
using ShopBot.Bot.Trainers.Contracts;
using ShopBot.Bot.Turns;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Kernel;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Screening;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Bot.Trainers;

/// <summary>
/// Runs an utterance through what the bot does with the first turn of a new conversation: understanding, the
/// dialog flows, the reply screen and the handoff triggers. It is a dry run: cases go to a throwaway store made
/// for the call, no conversation state is kept, nothing is queued or sent.
/// </summary>
public sealed class DryRunClassifier(
    IntentUnderstander understander,
    IOrderLookup orders,
    IReplyTemplates templates,
    IPolicyAnswers policies,
    IEnumerable<IDialogFlow> flows,
    ReplyGate gate,
    TurnHandoff handoffs,
    IOptions<OrdersOptions> ordersOptions,
    IOptions<DialogOptions> dialogOptions,
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
        var understanding = understander.Understand(text);
        var cases = new InMemoryCaseStore(time, NullLogger<InMemoryCaseStore>.Instance);
        var engine = new DialogEngine(new DialogServices(orders, templates, policies, KernelAfterSalesActions.Recording(cases, orders), ordersOptions, dialogOptions), flows);
        var outcome = await engine.HandleAsync(new DialogInput(ConversationId, buyer, text, [], understanding), new DialogState(), cancellationToken).ConfigureAwait(false);

        var handoff = handoffs.Decide(understanding, outcome);
        var replies = TurnHandoff.SendsReplies(outcome, handoff) ? outcome.Replies.Select(Screened).ToList() : [];
        var handoffReason = handoff?.Reason ?? (replies.Any(r => r.Screen == "blocked") ? ReplyScreeningMiddleware.BlockedReplyReason : null);
        if (handoffReason is not null)
        {
            var connecting = templates.Render("handoff.connecting", new Dictionary<string, string?>(), ConversationId);
            replies.Add(Screened(new DialogReply("handoff.connecting", connecting.Text)));
        }

        var opened = await cases.ListAsync(new CaseQuery(), cancellationToken).ConfigureAwait(false);
        return new ClassifyResponse(
            text,
            understanding.NormalizedText,
            understanding.HandoffRequested,
            understanding.Intent,
            Math.Round(understanding.Confidence, 4),
            understanding.Decision.ToString().ToLowerInvariant(),
            [.. understanding.Scores.Select(s => new ScoreView(s.Intent, Math.Round(s.Confidence, 4)))],
            buyer,
            outcome.Kind.ToString().ToLowerInvariant(),
            replies,
            outcome.SuggestedReplies,
            handoffReason,
            [.. opened.Select(c => new CaseView(c.Kind.Name(), c.OrderNumber))]);
    }

    private ReplyView Screened(DialogReply reply)
    {
        var decision = gate.ForBot(reply.Text);
        return decision.Action switch
        {
            GateAction.Send => new ReplyView(reply.TemplateId, reply.Text, "allowed", reply.Text),
            GateAction.SendRewrite => new ReplyView(reply.TemplateId, reply.Text, "rewritten", decision.TextToSend!),
            _ => new ReplyView(reply.TemplateId, reply.Text, "blocked", ReplyScreeningMiddleware.HandOverLine),
        };
    }
}

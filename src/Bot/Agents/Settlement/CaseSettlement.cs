using System.Globalization;
using Microsoft.Extensions.Options;
using ShopBot.Bot.AfterSales;
using ShopBot.Bot.Channels;
using ShopBot.Bot.Schema;
using ShopBot.Handoff;
using ShopBot.Handoff.Routing;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Dialogs;
using ShopBot.Handoff.Desk;

namespace ShopBot.Bot.Agents.Settlement;

/// <summary>
/// Settles a case for an agent: checks who may (not a case whose conversation another agent holds; compensation above
/// <c>Dialogs:MaxBotCompensation</c> only for a supervisor), records the outcome with the handler and time, and tells
/// the buyer in their conversation, screened like an agent's reply. A repeat of the same settlement answers the same
/// and tells the buyer nothing more; a different one for a settled case is a 409.
/// </summary>
public sealed partial class CaseSettlement(
    ICaseStore cases,
    AgentDesk handoff,
    SettlementWording wording,
    AgentReplyScreening screening,
    ChannelAdapter adapter,
    AgentDisplayNames agentNames,
    IOptions<DialogOptions> dialogs,
    ILogger<CaseSettlement> logger)
{
    public async Task<SettleOutcome> SettleAsync(AgentIdentity agent, string caseId, CaseResolution resolution, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(resolution);
        var current = await cases.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return Refused(ChannelErrors.NotFound("没有这个工单，请核对工单号。"));
        }

        if (await RefusalAsync(agent, current, resolution, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return Refused(refusal);
        }

        if (current.Status != CaseStatus.Open)
        {
            return Repeat(current, resolution);
        }

        CaseRecord settled;
        try
        {
            settled = await cases.ResolveAsync(caseId, resolution, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Another call settled it between the read and the write: answer as a repeat of that one.
            var now = await cases.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
            return now is null ? Refused(ChannelErrors.NotFound("没有这个工单，请核对工单号。")) : Repeat(now, resolution);
        }

        LogSettled(settled.Id, settled.Outcome?.Name(), agent.AgentId);
        var message = await TellBuyerAsync(agent, settled, cancellationToken).ConfigureAwait(false);
        return new SettleOutcome(View(settled, message), null);
    }

    private async Task<IResult?> RefusalAsync(AgentIdentity agent, CaseRecord current, CaseResolution resolution, CancellationToken cancellationToken)
    {
        if (!current.Kind.IsAfterSales())
        {
            return AgentErrors.Conflict("NotAfterSales", $"「{current.Kind.Label()}」记录不涉及退款、补偿或运费，不在这里结案。");
        }

        if (!agent.IsSupervisor && current.ConversationId is { } conversationId)
        {
            var routing = await handoff.GetRoutingAsync(conversationId, cancellationToken).ConfigureAwait(false);
            if (routing.Status == RoutingStatus.WithAgent && routing.AgentId is { } holder && !string.Equals(holder, agent.AgentId, StringComparison.Ordinal))
            {
                return ChannelErrors.Forbidden("这个工单所在的会话正由其他客服处理，不能由您结案。");
            }
        }

        // A sum left on the case (one the bot recorded) is paid when the case is settled without a new one: it counts too.
        var limit = dialogs.Value.MaxBotCompensation;
        var paid = resolution.Compensation > 0 ? resolution.Compensation : current.Compensation;
        return paid > limit && !agent.IsSupervisor
            ? ChannelErrors.Forbidden(string.Create(CultureInfo.InvariantCulture, $"补偿超过 {limit:0.##} 元需要主管处理，请用主管密钥结案。"))
            : null;
    }

    private SettleOutcome Repeat(CaseRecord current, CaseResolution resolution)
    {
        if (SettleRules.SameAs(current, resolution))
        {
            return new SettleOutcome(View(current, current.ConversationId is null ? null : wording.Word(current)), null);
        }

        var done = current.Status == CaseStatus.Cancelled ? "已取消" : current.Outcome?.Label() ?? "已处理";
        return Refused(AgentErrors.Conflict("AlreadySettled", $"这个工单已经结案（{done}），不能再改成别的结果；如需更正请联系主管。"));
    }

    /// <summary>
    /// The words sent to the buyer, from the agent who settled (their name and avatar, as their replies), or null when
    /// the case has no conversation, the screen refused them, or delivery failed.
    /// </summary>
    private async Task<string?> TellBuyerAsync(AgentIdentity agent, CaseRecord settled, CancellationToken cancellationToken)
    {
        if (settled.ConversationId is not { } conversationId)
        {
            return null;
        }

        var text = wording.Word(settled);
        if (!screening.Screen(text).Allowed)
        {
            LogBlocked(settled.Id);
            return null;
        }

        try
        {
            var activity = new Activity { Type = ActivityTypes.Message, Text = text, From = agentNames.AccountOf(agent.AgentId) };
            await adapter.ContinueConversationAsync(conversationId, (turn, ct) => turn.SendActivityAsync(activity, ct), cancellationToken).ConfigureAwait(false);
            return text;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotDelivered(ex, settled.Id, conversationId);
            return null;
        }
    }

    private static SettlementView View(CaseRecord record, string? message) => new(
        record.Id,
        record.Kind.Name(),
        record.Kind.Label(),
        record.Status.ToString().ToLowerInvariant(),
        record.Outcome?.Name() ?? string.Empty,
        record.Outcome?.Label() ?? string.Empty,
        record.OrderNumber,
        record.Refund,
        record.Compensation,
        record.Postage,
        record.TrackingNumber,
        record.Resolution,
        record.Handler,
        record.ResolvedAt,
        message);

    private static SettleOutcome Refused(IResult error) => new(null, error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} settled as {Outcome} by agent {AgentId}")]
    private partial void LogSettled(string caseId, string? outcome, string agentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The settlement message of case {CaseId} failed the reply screen; the buyer was not told")]
    private partial void LogBlocked(string caseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The settlement message of case {CaseId} did not reach conversation {ConversationId}")]
    private partial void LogNotDelivered(Exception exception, string caseId, string conversationId);
}

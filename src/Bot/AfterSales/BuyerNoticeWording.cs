using System.Globalization;
using ShopBot.Handoff.Notifications;
using ShopBot.Handoff.Queue;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Bot.AfterSales;

/// <summary>Words a handoff notice for the buyer with the <c>handoff.*</c> templates (screened when loaded, like every template).</summary>
public sealed class BuyerNoticeWording(IReplyTemplates templates, AgentDisplayNames agentNames)
{
    public string Word(BuyerNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var estimated = notice.Standing?.EstimatedWait is not null;
        var templateId = notice.Kind switch
        {
            BuyerNoticeKind.Queued => estimated ? "handoff.queued" : "handoff.queued_no_estimate",
            BuyerNoticeKind.MovedUp => estimated ? "handoff.moved_up" : "handoff.moved_up_no_estimate",
            BuyerNoticeKind.NoAgentOnline => "handoff.no_agent_online",
            BuyerNoticeKind.OutsideBusinessHours => "handoff.outside_hours",
            BuyerNoticeKind.AgentJoined when notice.AgentId is null || !agentNames.HasName(notice.AgentId) => "handoff.agent_joined_unnamed",
            BuyerNoticeKind.AgentJoined => "handoff.agent_joined",
            BuyerNoticeKind.AgentLeft => "handoff.agent_left",
            BuyerNoticeKind.BackWithBot when notice.AgentId is not null => "handoff.handed_back",
            BuyerNoticeKind.BackWithBot => "handoff.back_with_bot",
            BuyerNoticeKind.AlreadyQueuedElsewhere => "handoff.already_queued",
            BuyerNoticeKind.AddedToQueuedChat => "handoff.added_to_queued",
            BuyerNoticeKind.QueueFull => "handoff.queue_full",
            _ => "handoff.closed",
        };
        return templates.Render(templateId, Slots(notice), notice.ConversationId).Text;
    }

    /// <summary>The answer to a queued buyer who asks where they stand (排到几位了, 还要等多久).</summary>
    public string Position(string conversationId, QueueStanding standing)
    {
        ArgumentNullException.ThrowIfNull(standing);
        var templateId = standing.EstimatedWait is null ? "handoff.position_no_estimate" : "handoff.position";
        return templates.Render(templateId, Slots(new BuyerNotice(conversationId, BuyerNoticeKind.MovedUp, standing)), conversationId).Text;
    }

    private Dictionary<string, string?> Slots(BuyerNotice notice) => new(StringComparer.Ordinal)
    {
        [TemplateSlots.QueuePosition] = notice.Standing?.Position.ToString(CultureInfo.InvariantCulture),
        [TemplateSlots.WaitMinutes] = notice.Standing?.EstimatedWait is { } wait ? Math.Max(1, Math.Ceiling(wait.TotalMinutes)).ToString(CultureInfo.InvariantCulture) : null,
        [TemplateSlots.NextOpening] = notice.NextOpening?.ToOffset(TimeSpan.FromHours(8)).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture),
        [TemplateSlots.AgentName] = notice.AgentId is null ? null : agentNames.Of(notice.AgentId),
    };
}

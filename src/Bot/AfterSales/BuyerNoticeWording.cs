using System.Globalization;
using ShopBot.Handoff.Notifications;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Bot.AfterSales;

/// <summary>Words a handoff notice for the buyer with the <c>handoff.*</c> templates (screened when loaded, like every template).</summary>
public sealed class BuyerNoticeWording(IReplyTemplates templates)
{
    public string Word(BuyerNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var slots = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [TemplateSlots.QueuePosition] = notice.Standing?.Position.ToString(CultureInfo.InvariantCulture),
            [TemplateSlots.WaitMinutes] = notice.Standing?.EstimatedWait is { } wait ? Math.Max(1, Math.Ceiling(wait.TotalMinutes)).ToString(CultureInfo.InvariantCulture) : null,
            [TemplateSlots.NextOpening] = notice.NextOpening?.ToOffset(TimeSpan.FromHours(8)).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture),
            [TemplateSlots.AgentName] = notice.AgentId,
        };
        var estimated = notice.Standing?.EstimatedWait is not null;
        var templateId = notice.Kind switch
        {
            BuyerNoticeKind.Queued => estimated ? "handoff.queued" : "handoff.queued_no_estimate",
            BuyerNoticeKind.MovedUp => estimated ? "handoff.moved_up" : "handoff.moved_up_no_estimate",
            BuyerNoticeKind.NoAgentOnline => "handoff.no_agent_online",
            BuyerNoticeKind.OutsideBusinessHours => "handoff.outside_hours",
            BuyerNoticeKind.AgentJoined => "handoff.agent_joined",
            BuyerNoticeKind.AgentLeft => "handoff.agent_left",
            BuyerNoticeKind.BackWithBot => "handoff.back_with_bot",
            _ => "handoff.closed",
        };
        return templates.Render(templateId, slots, notice.ConversationId).Text;
    }
}

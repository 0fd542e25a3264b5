using Microsoft.Extensions.Options;
using ShopBot.Handoff.Agents;
using ShopBot.Handoff.Desk;
using ShopBot.Handoff.Hosting;
using ShopBot.Handoff.Queue;

namespace ShopBot.Handoff;

/// <summary>
/// Enforces the time limits: an agent not heard from within the heartbeat timeout goes offline, chats of offline agents
/// go back to the head of the queue, and so does a chat whose buyer waited longer than the answer timeout, and a chat
/// offered to a colleague who did not accept it within the transfer offer timeout. Every
/// release is conditional in the store, so several hosts sweeping at once release each chat once.
/// </summary>
public sealed class HandoffSweeper(AgentDesk service, IHandoffQueue queue, IAgentDirectory agents, IOptions<HandoffOptions> options, TimeProvider time)
{
    public async Task<SweepReport> SweepAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var agentsOffline = 0;
        var released = 0;
        foreach (var agent in await agents.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (agent.Presence != AgentPresence.Offline && agent.LastSeen <= now - settings.AgentHeartbeatTimeout)
            {
                var before = agent.Conversations.Count;
                var after = await service.SetPresenceAsync(agent.AgentId, AgentPresence.Offline, cancellationToken).ConfigureAwait(false);
                agentsOffline++;
                released += before - after.Conversations.Count;
            }
            else if (agent.Presence == AgentPresence.Offline && agent.Conversations.Count > 0)
            {
                // A host that died between taking an agent offline and releasing the chats leaves them here.
                released += await service.ReleaseAllAsync(agent, "agent went offline", cancellationToken).ConfigureAwait(false);
            }
        }

        var cutoff = now - settings.AgentAnswerTimeout;
        foreach (var conversationId in await queue.ListUnansweredAsync(cutoff, cancellationToken).ConfigureAwait(false))
        {
            var change = await service.ReleaseToQueueAsync(conversationId, null, cutoff, "system",
                "agent did not answer within " + settings.AgentAnswerTimeout, cancellationToken).ConfigureAwait(false);
            released += change.Applied ? 1 : 0;
        }

        released += await service.ExpireTransferOffersAsync(cancellationToken).ConfigureAwait(false);
        return new SweepReport(agentsOffline, released);
    }
}

namespace ShopBot.Handoff.Agents;

/// <summary>
/// Screens an agent's reply before it reaches the buyer. <see cref="Desk.AgentDesk.SendReplyAsync"/> requires one, so
/// no agent text can be sent unscreened; the host passes its reply screen.
/// </summary>
public delegate Task<ScreenedReply> AgentReplyScreen(string text, CancellationToken cancellationToken);

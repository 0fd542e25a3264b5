namespace ShopBot.Handoff.Agents;

/// <summary>
/// Screens an agent's reply before it reaches the buyer. <see cref="HandoffService.SendReplyAsync"/> requires one, so
/// no agent text can be sent unscreened; the host passes its reply screen.
/// </summary>
public delegate Task<ScreenedReply> AgentReplyScreen(string text, CancellationToken cancellationToken);

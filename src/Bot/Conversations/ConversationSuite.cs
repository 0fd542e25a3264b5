namespace ShopBot.Bot.Conversations;

/// <summary>
/// Plays trainers' conversation scripts through the running bot, one fresh conversation each (and another for a line
/// marked <c>new_chat</c>), and checks them.
/// </summary>
public static class ConversationSuite
{
    public static async Task<ConversationResult> PlayAsync(IServiceProvider services, ConversationScript script, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        var player = await ConversationPlayer.StartAsync(services, script.Buyer, cancellationToken).ConfigureAwait(false);
        var players = new List<ConversationPlayer> { player };
        var played = new List<PlayedTurn>(script.Turns.Count);
        try
        {
            foreach (var turn in script.Turns)
            {
                if (turn.NewChat && played.Count > 0)
                {
                    // The earlier chat ends, but what it recorded stays open until the script ends: a later chat asks about it.
                    await player.LeaveQueueAsync(cancellationToken).ConfigureAwait(false);
                    player = await ConversationPlayer.StartAsync(services, script.Buyer, cancellationToken).ConfigureAwait(false);
                    players.Add(player);
                }

                played.Add(await player.SayAsync(turn.Buyer, cancellationToken).ConfigureAwait(false));
            }
        }
        finally
        {
            foreach (var chat in players)
            {
                await chat.EndAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return new ConversationResult(script, played, ConversationCheck.Failures(script, played));
    }
}

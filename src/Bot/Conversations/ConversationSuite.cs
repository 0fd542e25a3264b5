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
        var played = new List<PlayedTurn>(script.Turns.Count);
        var chats = new HashSet<string>(StringComparer.Ordinal) { player.ConversationId };
        try
        {
            foreach (var turn in script.Turns)
            {
                if (turn.NewChat && played.Count > 0)
                {
                    await player.EndAsync(cancellationToken).ConfigureAwait(false);
                    player = await ConversationPlayer.StartAsync(services, script.Buyer, cancellationToken).ConfigureAwait(false);
                    chats.Add(player.ConversationId);
                }

                played.Add(await player.SayAsync(turn.Buyer, cancellationToken).ConfigureAwait(false));
            }
        }
        finally
        {
            await player.EndAsync(cancellationToken).ConfigureAwait(false);
            await player.CloseRecordsAsync(chats, cancellationToken).ConfigureAwait(false);
        }

        return new ConversationResult(script, played, ConversationCheck.Failures(script, played));
    }
}

using ShopBot.Bot.Channels;

namespace ShopBot.Bot.Agents;

/// <summary>The agent API's errors, in the same <c>{"error":{"code","message"}}</c> shape as the channels.</summary>
public static class AgentErrors
{
    public static IResult Unauthorized() => ChannelErrors.Create(StatusCodes.Status401Unauthorized, "Unauthorized",
        "Send your agent key as 'Authorization: Bearer ...'. Buyer tokens and the Direct Line secret do not open the agent API.");

    public static IResult UnknownConversation() => ChannelErrors.NotFound("No conversation with this id was handed to a person.");

    public static IResult NotYours() => ChannelErrors.Forbidden("This conversation is not yours: claim it from the queue first, or another agent has it.");

    public static IResult Conflict(string code, string message) => ChannelErrors.Create(StatusCodes.Status409Conflict, code, message);

    public static IResult TextTooLong(int max) => ChannelErrors.TooLarge($"The text is longer than {max} characters.");
}

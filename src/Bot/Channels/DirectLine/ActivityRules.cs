using System.Text;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>What a buyer's activity must look like before it is accepted.</summary>
public static class ActivityRules
{
    private static readonly HashSet<string> Accepted = new(StringComparer.Ordinal) { ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing };

    /// <summary>An error to answer with, or null when the activity is acceptable.</summary>
    public static IResult? Check(Activity activity, DirectLineOptions limits)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(limits);
        var maxTextLength = limits.MaxTextLength;
        if (activity.Type is null || !Accepted.Contains(activity.Type))
        {
            return ChannelErrors.BadArgument("'type' must be 'message', 'event' or 'typing'.");
        }

        if (activity.Text is { } text && text.EnumerateRunes().Count() > maxTextLength)
        {
            return ChannelErrors.TooLarge($"The text is longer than {maxTextLength} characters.");
        }

        // channelData is stored with every message and kept for the transcript's lifetime: a client needs a few ids there, not a payload.
        if (activity.ChannelData is { } channelData && Encoding.UTF8.GetByteCount(channelData.GetRawText()) > limits.MaxChannelDataBytes)
        {
            return ChannelErrors.TooLarge($"'channelData' is larger than {limits.MaxChannelDataBytes} bytes.");
        }

        return null;
    }
}

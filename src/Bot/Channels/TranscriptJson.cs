using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using ShopBot.Bot.Channels.DirectLine;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Channels;

/// <summary>
/// The JSON of activities kept in the transcript and sent from it (polls and streams): <see cref="BotJsonContext"/>'s,
/// but with Chinese and other non-ASCII text written as it is instead of escaped (<c>\u6211</c>, six characters for
/// each character; the transcript is most of what a turn writes and every read sends it again). The encoder still
/// escapes what the default one does for HTML and JavaScript (<c>&lt; &gt; &amp; ' " + `</c>), control characters and
/// characters outside the Basic Multilingual Plane, so the JSON stays safe to embed and equivalent for every client.
/// </summary>
internal static class TranscriptJson
{
    public static JsonSerializerOptions Options { get; } = new(BotJsonContext.Default.Options) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static JsonTypeInfo<Activity> Activity { get; } = (JsonTypeInfo<Activity>)Options.GetTypeInfo(typeof(Activity));

    public static JsonTypeInfo<ActivitySet> ActivitySet { get; } = (JsonTypeInfo<ActivitySet>)Options.GetTypeInfo(typeof(ActivitySet));
}

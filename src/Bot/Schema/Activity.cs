using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopBot.Bot.Schema;

/// <summary>
/// A Bot Framework v3 activity: what channels send to the bot and the bot sends back. Properties this schema does
/// not name are kept in <see cref="Properties"/> so an activity passes through unchanged.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? ReplyToId { get; set; }

    public string? Locale { get; set; }

    public string? TextFormat { get; set; }

    public string? Text { get; set; }

    public string? InputHint { get; set; }

    public string? AttachmentLayout { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    public JsonElement? ChannelData { get; set; }

    public string? Name { get; set; }

    public JsonElement? Value { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A message activity with the given text.</summary>
    public static Activity CreateMessage(string text) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>A shallow copy: the copy's own properties can be replaced without touching this activity.</summary>
    public Activity Clone() => (Activity)MemberwiseClone();
}

using System.Text.Json.Serialization;

namespace ShopBot.Bot.Records;

/// <summary>Source-generated JSON of records as Redis keeps them; event kinds as names, so a reordered enum reads back alike.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BotTurnRecord))]
[JsonSerializable(typeof(ConversationEvent))]
internal sealed partial class RecordsJsonContext : JsonSerializerContext;

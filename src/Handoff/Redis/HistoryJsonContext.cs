using System.Text.Json.Serialization;
using ShopBot.Handoff.History;

namespace ShopBot.Handoff.Redis;

/// <summary>Source-generated JSON of the buyer history's turn notes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TurnNote))]
internal sealed partial class HistoryJsonContext : JsonSerializerContext;

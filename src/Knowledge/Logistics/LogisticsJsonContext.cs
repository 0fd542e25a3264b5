using System.Text.Json.Serialization;

namespace ShopBot.Knowledge.Logistics;

/// <summary>Traces and watched parcels as stored in Redis.</summary>
[JsonSerializable(typeof(LogisticsTrace))]
[JsonSerializable(typeof(WatchedParcel))]
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
public sealed partial class LogisticsJsonContext : JsonSerializerContext;

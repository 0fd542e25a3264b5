using System.Text.Json.Serialization;

namespace ShopBot.Knowledge.Logistics;

/// <summary>Traces as stored in a shared cache.</summary>
[JsonSerializable(typeof(LogisticsTrace))]
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
public sealed partial class LogisticsJsonContext : JsonSerializerContext;

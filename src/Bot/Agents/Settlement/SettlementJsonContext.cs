using System.Text.Json.Serialization;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Agents.Settlement;

/// <summary>Source-generated JSON of the settle call, with the agent API's options (camelCase, nulls left out, strings read sanitised).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    Converters = [typeof(UntrustedStringConverter)])]
[JsonSerializable(typeof(SettleRequest))]
[JsonSerializable(typeof(SettlementView))]
public sealed partial class SettlementJsonContext : JsonSerializerContext;

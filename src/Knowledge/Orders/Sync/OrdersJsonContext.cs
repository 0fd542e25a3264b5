using System.Text.Json.Serialization;

namespace ShopBot.Knowledge.Orders.Sync;

/// <summary>Synced orders as stored in Redis.</summary>
[JsonSerializable(typeof(SyncedOrder))]
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
public sealed partial class OrdersJsonContext : JsonSerializerContext;

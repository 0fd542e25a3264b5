using System.Text.Json.Serialization;
using ShopBot.Handoff.Desk;
using ShopBot.Handoff.Queue;
using ShopBot.Handoff.Routing;

namespace ShopBot.Handoff.Redis;

/// <summary>Source-generated JSON for what the Redis store keeps: tickets, and transitions as the Lua scripts encode them.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(HandoffTicket))]
[JsonSerializable(typeof(RoutingTransition))]
[JsonSerializable(typeof(ConversationNote))]
internal sealed partial class HandoffJsonContext : JsonSerializerContext;

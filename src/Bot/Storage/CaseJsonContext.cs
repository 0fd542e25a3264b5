using System.Text.Json.Serialization;
using ShopBot.Knowledge.Cases;

namespace ShopBot.Bot.Storage;

/// <summary>Source-generated JSON for a case as Redis keeps it; kinds and statuses as names, so a reordered enum reads back alike.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CaseRecord))]
internal sealed partial class CaseJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopBot.Knowledge.Promotion;

/// <summary>Source-generated JSON of a model stamp, as the stores keep it.</summary>
[JsonSerializable(typeof(IntentModelStamp))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
public sealed partial class PromotionJsonContext : JsonSerializerContext;

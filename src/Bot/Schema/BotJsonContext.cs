using System.Text.Json.Serialization;
using ShopBot.Bot.Buyer;
using ShopBot.Bot.Channels.DirectLine;

namespace ShopBot.Bot.Schema;

/// <summary>
/// Source-generated JSON for everything this host puts on the wire: camelCase names as in Bot Framework v3, nulls
/// left out, unknown properties tolerated (kept by <see cref="Activity.Properties"/>), strings read sanitised
/// (<see cref="UntrustedStringConverter"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    Converters = [typeof(UntrustedStringConverter)])]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(Conversation))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(TokenParameters))]
[JsonSerializable(typeof(TokenPayload))]
[JsonSerializable(typeof(BuyerPageConfig))]
[JsonSerializable(typeof(BuyerTokenRequest))]
[JsonSerializable(typeof(BuyerToken))]
[JsonSerializable(typeof(string))]
public sealed partial class BotJsonContext : JsonSerializerContext;

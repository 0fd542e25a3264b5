using System.Text.Json.Serialization;

namespace ShopBot.Bot.AfterSales;

/// <summary>Source-generated JSON of a star button's value (<c>{"rating": 5}</c>).</summary>
[JsonSerializable(typeof(Dictionary<string, int>))]
internal sealed partial class RatingJson : JsonSerializerContext;

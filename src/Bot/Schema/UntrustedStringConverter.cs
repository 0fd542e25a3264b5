using System.Text.Json;
using System.Text.Json.Serialization;
using ShopBot.Knowledge.Text;

namespace ShopBot.Bot.Schema;

/// <summary>
/// Every string read from a request body passes <see cref="UntrustedText.Sanitize"/>: registered on the JSON contexts
/// of the channels and consoles, so no endpoint can forget it. Writing is plain.
/// </summary>
public sealed class UntrustedStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UntrustedText.Sanitize(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}

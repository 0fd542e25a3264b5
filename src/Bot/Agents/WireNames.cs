using System.Text.Json;

namespace ShopBot.Bot.Agents;

/// <summary>Enum values as the agent API writes them: <c>with_agent</c>, <c>complaint</c>, <c>online</c>.</summary>
internal static class WireNames
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }
}

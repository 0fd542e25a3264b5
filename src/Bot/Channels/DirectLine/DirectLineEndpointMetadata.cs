namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>Marks the Direct Line endpoints, which the host runs without its authentication and file middleware.</summary>
public sealed class DirectLineEndpointMetadata
{
    public static readonly DirectLineEndpointMetadata Instance = new();

    private DirectLineEndpointMetadata()
    {
    }
}

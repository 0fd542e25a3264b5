using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ShopBot.Bot.Channels.DirectLine;

namespace ShopBot.Bot.Attachments;

/// <summary>
/// The one place attachment addresses are made and read. A buyer fetches an image at a Direct Line address signed for
/// its conversation (Web Chat's <c>img</c> cannot send a token); an agent at <c>/api/agent/attachments/ID</c> with the
/// agent key; a case keeps <c>attachment:ID</c>, which no host's address or base URL can change.
/// </summary>
public sealed partial class AttachmentAddresses(DirectLineTokens tokens, IOptions<DirectLineOptions> options)
{
    public const string AgentPath = "/api/agent/attachments/";

    private const string ReferencePrefix = "attachment:";

    /// <summary>
    /// The buyer's address of an image: under <c>DirectLine:PublicBaseUrl</c> when set, else relative to the page
    /// (never from the request's Host header, which the caller chooses).
    /// </summary>
    public string ForBuyer(string conversationId, string attachmentId, PathString pathBase)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(attachmentId);
        var path = $"v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/attachments/{attachmentId}?sig={tokens.Sign(conversationId + "/" + attachmentId)}";
        return options.Value.PublicBaseUrl is { } publicBase
            ? new Uri(new Uri(publicBase.ToString().TrimEnd('/') + "/"), path).ToString()
            : $"{pathBase}/{path}";
    }

    public static string ForAgent(string attachmentId) => AgentPath + attachmentId;

    /// <summary>What a case keeps for an image it holds.</summary>
    public static string Reference(string attachmentId) => ReferencePrefix + attachmentId;

    /// <summary>The id in a reference or in a buyer's address of ours; null for any other address.</summary>
    public static string? IdOf(string? address)
    {
        if (address is null)
        {
            return null;
        }

        var id = address.StartsWith(ReferencePrefix, StringComparison.Ordinal)
            ? address[ReferencePrefix.Length..]
            : BuyerAddress().Match(address) is { Success: true } match ? match.Groups["id"].Value : null;
        return AttachmentIds.IsValid(id) ? id : null;
    }

    [GeneratedRegex(@"(?:^|/)v3/directline/conversations/[^/?#]+/attachments/(?<id>[0-9a-f]{32})(?:[?#]|$)")]
    private static partial Regex BuyerAddress();
}

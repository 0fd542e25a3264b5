using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace ShopBot.Bot.Attachments;

/// <summary>Attachment ids: 128 random bits as 32 lowercase hex digits, so one id tells nothing about another.</summary>
public static partial class AttachmentIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool IsValid(string? attachmentId) => attachmentId is not null && Pattern().IsMatch(attachmentId);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex Pattern();
}

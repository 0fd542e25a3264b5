using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ShopBot.Bot.Channels.DirectLine;

/// <summary>
/// Uploaded images on disk, one folder per conversation (named by a hash, so no conversation id reaches a path).
/// The content type comes from the file's own bytes, never from what the client claimed.
/// </summary>
public sealed partial class AttachmentStore(IOptions<DirectLineOptions> options, IHostEnvironment environment)
{
    private readonly string _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.UploadFolder));

    /// <summary>The image type of the bytes as (content type, extension), or null when they are no JPEG, PNG, GIF or WebP.</summary>
    public static (string ContentType, string Extension)? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return ("image/jpeg", "jpg");
        }

        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return ("image/png", "png");
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return ("image/gif", "gif");
        }

        return head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) ? ("image/webp", "webp") : null;
    }

    public static string ContentTypeOf(string attachmentId) => Path.GetExtension(attachmentId) switch
    {
        ".jpg" => "image/jpeg",
        ".png" => "image/png",
        ".gif" => "image/gif",
        _ => "image/webp",
    };

    public static bool IsAttachmentId(string attachmentId) => AttachmentIdPattern().IsMatch(attachmentId);

    public async Task<string> SaveAsync(string conversationId, byte[] content, string extension, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var folder = FolderOf(conversationId);
        Directory.CreateDirectory(folder);
        var attachmentId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + "." + extension;
        var temporary = Path.Combine(folder, attachmentId + ".tmp");
        await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, Path.Combine(folder, attachmentId));
        return attachmentId;
    }

    /// <summary>The stored file's path, or null when there is none (or the id is not one of ours).</summary>
    public string? PathOf(string conversationId, string attachmentId)
    {
        if (!IsAttachmentId(attachmentId))
        {
            return null;
        }

        var path = Path.Combine(FolderOf(conversationId), attachmentId);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Deletes uploads last written before <paramref name="cutoff"/> (and folders left empty); returns how many files went.</summary>
    public int DeleteOlderThan(DateTimeOffset cutoff)
    {
        if (!Directory.Exists(_root))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var folder in Directory.EnumerateDirectories(_root))
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                if (File.GetLastWriteTimeUtc(file) < cutoff.UtcDateTime)
                {
                    File.Delete(file);
                    deleted++;
                }
            }

            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        return deleted;
    }

    private string FolderOf(string conversationId) =>
        Path.Combine(_root, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)))[..32]);

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9a-f]{32}\\.(jpg|png|gif|webp)$")]
    private static partial System.Text.RegularExpressions.Regex AttachmentIdPattern();
}

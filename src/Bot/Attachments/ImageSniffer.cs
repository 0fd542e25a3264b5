namespace ShopBot.Bot.Attachments;

/// <summary>The image type of some bytes, read from the bytes themselves, never from what a client claimed.</summary>
public static class ImageSniffer
{
    /// <summary>The content type of a JPEG, PNG, GIF or WebP image; null for anything else.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return "image/jpeg";
        }

        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return "image/png";
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        return head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) ? "image/webp" : null;
    }
}

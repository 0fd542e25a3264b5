namespace ShopBot.Bot.Hosting;

/// <summary>One static file of the buyer page, read once, compressed once, and named by its content hash.</summary>
public sealed record CompressedAsset(string ContentType, byte[] Plain, byte[] Brotli, byte[] Gzip, string Hash);

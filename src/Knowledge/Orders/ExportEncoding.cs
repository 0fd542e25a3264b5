using System.Text;

namespace ShopBot.Knowledge.Orders;

/// <summary>
/// Finds the encoding of a seller-centre export: the seller centre writes GBK, while files saved again by a
/// spreadsheet are often UTF-8 with or without a byte order mark. A file that decodes as strict UTF-8 is UTF-8;
/// anything else is read as GBK (code page 936), which every byte sequence decodes under.
/// </summary>
public static class ExportEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static ExportEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gbk => Encoding.GetEncoding(936);

    /// <summary>Decodes the bytes and names the encoding used (<c>utf-8</c> or <c>gbk</c>).</summary>
    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(content[3..]), "utf-8");
        }

        try
        {
            return (StrictUtf8.GetString(content), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return (Gbk.GetString(content), "gbk");
        }
    }
}

using System.Text;
using System.Text.Json.Serialization.Metadata;

namespace ShopBot.Bot.Cli;

/// <summary>Writes a JSON Lines file through a temporary file and a rename, so that a failure never leaves half a file.</summary>
internal static class JsonLinesFile
{
    public static async Task WriteAsync<T>(string path, IEnumerable<T> records, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new CliUsageException($"the folder of '{path}' does not exist.");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
            {
                foreach (var record in records)
                {
                    await writer.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(record, typeInfo).AsMemory(), cancellationToken).ConfigureAwait(false);
                }
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

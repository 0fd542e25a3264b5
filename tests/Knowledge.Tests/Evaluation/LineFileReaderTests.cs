using System.Text;
using ShopBot.Knowledge.Evaluation;

namespace ShopBot.Knowledge.Tests.Evaluation;

public sealed class LineFileReaderTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"lines-{Guid.NewGuid():N}.tsv");

    [Fact]
    public void Labeled_lines_are_read_with_their_line_numbers_skipping_blank_lines_and_a_byte_order_mark()
    {
        File.WriteAllText(_path, "track\t快递呢\r\n\nhurry\t 快点发货 \n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var lines = LineFileReader.ReadLabeled(_path);

        Assert.Equal([new LabeledLine(1, "track", "快递呢"), new LabeledLine(3, "hurry", "快点发货")], lines);
    }

    [Fact]
    public void A_missing_file_is_refused_by_name() =>
        Assert.Contains("no such file", Assert.Throws<InputFileException>(() => LineFileReader.Read(_path)).Message);

    [Fact]
    public void An_empty_file_is_refused()
    {
        File.WriteAllText(_path, "\n \n");

        Assert.Contains("empty", Assert.Throws<InputFileException>(() => LineFileReader.Read(_path)).Message);
    }

    [Fact]
    public void A_line_without_a_tab_is_refused_with_its_line_number()
    {
        File.WriteAllText(_path, "track\t快递呢\nhurry 快点发货\n");

        Assert.Contains(":2:", Assert.Throws<InputFileException>(() => LineFileReader.ReadLabeled(_path)).Message);
    }

    [Fact]
    public void A_huge_line_is_refused()
    {
        File.WriteAllText(_path, "track\t" + new string('快', LineFileReader.MaxLineLength + 1));

        Assert.Contains("limit", Assert.Throws<InputFileException>(() => LineFileReader.Read(_path)).Message);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_the_offset_of_the_bad_byte()
    {
        File.WriteAllBytes(_path, [.. Encoding.UTF8.GetBytes("track\t快"), 0xC3, 0x28, (byte)'\n']);

        Assert.Contains("UTF-8", Assert.Throws<InputFileException>(() => LineFileReader.Read(_path)).Message);
    }

    public void Dispose() => File.Delete(_path);
}

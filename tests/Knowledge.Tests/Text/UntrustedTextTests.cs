using ShopBot.Knowledge.Text;

namespace ShopBot.Knowledge.Tests.Text;

public sealed class UntrustedTextTests
{
    [Theory]
    [InlineData("在吗\uFFFE", "在吗\uFFFD")]
    [InlineData("在吗\uFFFF", "在吗\uFFFD")]
    [InlineData("a\uFDD0b\uFDEFc", "a\uFFFDb\uFFFDc")]
    [InlineData("plane one \U0001FFFE and sixteen \U0010FFFF", "plane one \uFFFD and sixteen \uFFFD")]
    [InlineData("bell\u0007 null\0 escape\u001B[31m del\u007F c1\u0085\u009B", "bell null escape[31m del c1")]
    [InlineData("line\r\nnext\rlast", "line\nnext\nlast")]
    public void Lone_surrogates_and_non_characters_become_replacement_characters_and_controls_go(string input, string expected) =>
        Assert.Equal(expected, UntrustedText.Sanitize(input));

    /// <summary>Built in code: xUnit cannot carry a lone surrogate through <c>InlineData</c>.</summary>
    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        Assert.Equal("lone \uFFFD high", UntrustedText.Sanitize("lone " + '\uD800' + " high"));
        Assert.Equal("lone low \uFFFD", UntrustedText.Sanitize("lone low " + '\uDC00'));
        Assert.Equal("reversed \uFFFD\uFFFD", UntrustedText.Sanitize("reversed " + '\uDC00' + '\uD800'));
        Assert.Equal("end \uFFFD", UntrustedText.Sanitize("end " + '\uDBFF'));
    }

    [Theory]
    [InlineData("我的快递到哪了？")]
    [InlineData("tab\tand\nline feed stay")]
    [InlineData("emoji 😭📦 and 𠀋 stay")]
    [InlineData("\u202E right-to-left override and zero\u200Bwidth are printable")]
    [InlineData("")]
    public void Ordinary_text_comes_back_as_the_same_instance(string input) =>
        Assert.Same(input, UntrustedText.Sanitize(input));

    [Fact]
    public void Null_stays_null() => Assert.Null(UntrustedText.Sanitize(null));

    [Fact]
    public void Sanitised_text_always_normalises()
    {
        var random = new Random(6);
        for (var i = 0; i < 2000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)random.Next(0, 0x10000))]);

            var sanitised = UntrustedText.Sanitize(text)!;
            var normalised = sanitised.Normalize(System.Text.NormalizationForm.FormKC);

            Assert.True(UntrustedText.IsSafe(sanitised));
            Assert.Equal(normalised.Length == 0, sanitised.Length == 0);
        }
    }
}

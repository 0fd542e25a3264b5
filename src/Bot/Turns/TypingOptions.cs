using System.ComponentModel.DataAnnotations;

namespace ShopBot.Bot.Turns;

/// <summary>The <c>Typing</c> section: when a turn that takes time shows the buyer "正在输入".</summary>
public sealed class TypingOptions
{
    public const string Section = "Typing";

    /// <summary>A turn answered sooner shows no typing at all.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Web Chat hides a typing indicator after a few seconds, so a long turn repeats it at this pace.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(2);
}

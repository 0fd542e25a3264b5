namespace ShopBot.Knowledge.Templates;

/// <summary>
/// One reply for one situation, <c>area.situation</c> (e.g. <c>track.shipped</c>), in several wordings. Every
/// variant uses the same slots, so a caller that fills them can be given any variant.
/// </summary>
public sealed record ReplyTemplate(string Id, string Area, string Situation, IReadOnlyList<string> Variants, IReadOnlySet<string> Slots, string File);

namespace ShopBot.Knowledge.Entities;

/// <summary>A piece of the folded text that a reader has used up, so that later readers do not read it again.</summary>
internal readonly record struct TextSpan(int Index, int Length);

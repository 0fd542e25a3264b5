namespace ShopBot.Knowledge.Policies;

/// <summary>
/// One rule of the shop: a stable id, a title, the text a buyer is told, questions it answers, and keywords that name
/// its topic however the question is worded ("优惠券", "付款+失败": every part joined by + must appear), and what more
/// to say when the buyer follows the answer up ("怎么申请", "那怎么办") instead of the same text again.
/// </summary>
public sealed record PolicyEntry(string Id, string Title, string Text, IReadOnlyList<string> Questions, string File, IReadOnlyList<string>? Keywords = null, string? More = null);

using Microsoft.ML.Data;

namespace ShopBot.Knowledge.Intents;

/// <summary>The ML.NET input row: a label and the prepared text.</summary>
internal sealed class IntentRow
{
    public string Label { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}

/// <summary>The ML.NET output row: one probability per intent, in the order of the Score slot names.</summary>
internal sealed class IntentScoreRow
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}

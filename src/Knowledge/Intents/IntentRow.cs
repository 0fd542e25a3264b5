using Microsoft.ML.Data;

namespace ShopBot.Knowledge.Intents;

/// <summary>The ML.NET input row: a label, the prepared text and its words.</summary>
internal sealed class IntentRow
{
    public string Label { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string Words { get; set; } = string.Empty;

    public static IntentRow Of(string label, string normalizedText)
    {
        var text = IntentFeatureText.Prepare(normalizedText);
        return new IntentRow { Label = label, Text = text, Words = IntentFeatureText.Words(text) };
    }
}

/// <summary>The ML.NET output row: one probability per intent, in the order of the Score slot names.</summary>
internal sealed class IntentScoreRow
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}

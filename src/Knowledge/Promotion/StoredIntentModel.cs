namespace ShopBot.Knowledge.Promotion;

/// <summary>A promoted model: its stamp and the model zip.</summary>
public sealed record StoredIntentModel(IntentModelStamp Stamp, byte[] Zip);

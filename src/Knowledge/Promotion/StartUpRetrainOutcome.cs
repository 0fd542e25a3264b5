using System.Text.Json.Serialization;

namespace ShopBot.Knowledge.Promotion;

/// <summary>The outcome of a start-up retrain (<see cref="StartUpRetrain"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StartUpRetrainOutcome>))]
public enum StartUpRetrainOutcome
{
    /// <summary>There was no saved model (or it could not be read): the new one is served, compared with nothing.</summary>
    [JsonStringEnumMemberName("first_model")]
    FirstModel,

    /// <summary>The new model passed the gate and is served and saved.</summary>
    [JsonStringEnumMemberName("promoted")]
    Promoted,

    /// <summary>The gate refused the new model: the saved one is served and the newer examples wait for a retrain.</summary>
    [JsonStringEnumMemberName("refused")]
    Refused,
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using ShopBot.Bot.Schema;
using ShopBot.Bot.Trainers.Contracts;

namespace ShopBot.Bot.Trainers;

/// <summary>Source-generated JSON of the trainer API: camelCase, nulls left out, strings read sanitised.</summary>
[JsonSerializable(typeof(TrainerErrorResponse))]
[JsonSerializable(typeof(TrainerSession))]
[JsonSerializable(typeof(ClassifyRequest))]
[JsonSerializable(typeof(ClassifyResponse))]
[JsonSerializable(typeof(TemplateList))]
[JsonSerializable(typeof(TemplateSaved))]
[JsonSerializable(typeof(ExampleList))]
[JsonSerializable(typeof(ExampleFileView))]
[JsonSerializable(typeof(ExampleUpdate))]
[JsonSerializable(typeof(ExamplesSaved))]
[JsonSerializable(typeof(EvaluationSummary))]
[JsonSerializable(typeof(RetrainRefusal))]
[JsonSerializable(typeof(ModelStatus))]
[JsonSerializable(typeof(ExampleAddRequest))]
[JsonSerializable(typeof(ExampleAdded))]
[JsonSerializable(typeof(ExampleDisagreement))]
[JsonSerializable(typeof(ReviewDecision))]
[JsonSerializable(typeof(ReviewInboxView))]
[JsonSerializable(typeof(ReviewRequest))]
[JsonSerializable(typeof(ReviewDone))]
public sealed partial class TrainerJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Chinese stays readable for curl users; characters that matter in HTML (&lt; &gt; &amp; quotes) are still escaped.
    /// </summary>
    public static TrainerJsonContext Web { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.Strict,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new UntrustedStringConverter() },
    });
}

using System.Text.Json;
using System.Text.Json.Serialization;
using ShopBot.Bot.Reports.Contracts;

namespace ShopBot.Bot.Reports;

/// <summary>Source-generated JSON of the reports API, camelCase; dictionary keys (intents, reasons) are kept as they are.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ReportSummary))]
[JsonSerializable(typeof(ReportErrorResponse))]
[JsonSerializable(typeof(ReportSession))]
internal sealed partial class ReportsJsonContext : JsonSerializerContext;

using System.Text.Json.Serialization;
using ShopBot.Bot.Schema;

namespace ShopBot.Bot.Agents;

/// <summary>Source-generated JSON of the agent API: camelCase, nulls left out, unknown properties ignored, strings read sanitised.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    Converters = [typeof(UntrustedStringConverter)])]
[JsonSerializable(typeof(AgentProfile))]
[JsonSerializable(typeof(QueueView))]
[JsonSerializable(typeof(ConversationView))]
[JsonSerializable(typeof(ScreenResult))]
[JsonSerializable(typeof(ReplyBlockedResponse))]
[JsonSerializable(typeof(SentReply))]
[JsonSerializable(typeof(SentImage))]
[JsonSerializable(typeof(RoutingView))]
[JsonSerializable(typeof(CannedReplyList))]
[JsonSerializable(typeof(ReplyRequest))]
[JsonSerializable(typeof(PresenceRequest))]
[JsonSerializable(typeof(ReasonRequest))]
[JsonSerializable(typeof(DeskView))]
[JsonSerializable(typeof(TransferRequest))]
[JsonSerializable(typeof(TransferView))]
[JsonSerializable(typeof(IReadOnlyList<TransferOfferItem>))]
[JsonSerializable(typeof(NoteRequest))]
[JsonSerializable(typeof(NoteItem))]
[JsonSerializable(typeof(NoteList))]
[JsonSerializable(typeof(ColleagueList))]
[JsonSerializable(typeof(TypingView))]
[JsonSerializable(typeof(BuyerTyping))]
[JsonSerializable(typeof(ConversationActivity))]
public sealed partial class AgentJsonContext : JsonSerializerContext;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// What the bot remembers of a conversation between turns. It is plain data, stored as JSON by the host
/// (in memory or on Redis), so every field is a simple value.
/// </summary>
public sealed class DialogState
{
    /// <summary>The flow waiting for the buyer's next answer (an intent id), or null.</summary>
    public string? ActiveFlow { get; set; }

    /// <summary>What the active flow asked for (see <see cref="DialogSteps"/>).</summary>
    public string? Step { get; set; }

    /// <summary>The order the active flow is about.</summary>
    public string? OrderNumber { get; set; }

    /// <summary>The order the last finished flow was about, so "and the invoice?" needs no number again.</summary>
    public string? LastOrderNumber { get; set; }

    /// <summary>The last flow that finished about an order, so that "不对 邮箱写错了" after it goes back to it.</summary>
    public string? LastFlow { get; set; }

    /// <summary>Orders offered for the buyer to choose from, in the order listed.</summary>
    public List<string> OrderChoices { get; set; } = [];

    /// <summary>Values collected by the active flow (reason, title type, title, tax number, description ...).</summary>
    public Dictionary<string, string> Values { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The two intents offered in a clarifying question, and the text that was unclear.</summary>
    public List<string> ClarifyOptions { get; set; } = [];

    public string? ClarifyText { get; set; }

    /// <summary>
    /// The second need of a message that held two ("杯子坏了，还有被套什么时候发"), kept while the first one waits for an
    /// answer and taken up as soon as it is done.
    /// </summary>
    public string? PendingNeed { get; set; }

    /// <summary>Needs of the same message after <see cref="PendingNeed"/> ("…羽绒服催一下 顺便问下发票"), in the order said.</summary>
    public List<string> LaterNeeds { get; set; } = [];

    /// <summary>
    /// The order whose partial refund waits for the sum the bot just asked ("只退一部分钱" with no sum named): the next
    /// message naming a sum records it; any other message lets the question go.
    /// </summary>
    public string? PartialSumAskedFor { get; set; }

    /// <summary>
    /// The quality problem the buyer described in this conversation (category and short summary, never their
    /// sentence), so a return or quality flow that starts a turn later never asks for it again.
    /// </summary>
    public string? ProblemSaid { get; set; }

    /// <summary>True once the buyer said in this conversation that the goods reached them ("托特包收到了").</summary>
    public bool GoodsInHand { get; set; }

    /// <summary>
    /// A product the buyer asked about that none of their orders holds ("电热毯"), once told so: their next words that
    /// describe it ("白色男款那个") or insist ("你再找找") are about it, never about an order that shares a colour.
    /// </summary>
    public string? UnownedItem { get; set; }

    /// <summary>What the buyer wanted done for the goods told as not found ("补开发票"): "是帆布包那单" next carries it over.</summary>
    public string? UnownedAskedFor { get; set; }

    /// <summary>
    /// The size or colour the buyer wants instead once a parcel on its way arrives ("T恤拍错码了 想换L": "L"), as told
    /// back, so "现在能直接改吗", "三件都要换" next keep it.
    /// </summary>
    public string? WantedOnArrival { get; set; }

    /// <summary>The day the buyer said a parcel on its way is needed by ("周二朋友生日要送的"), as told back, for the chase's record.</summary>
    public string? NeededBy { get; set; }

    /// <summary>
    /// The days a refund usually takes for the way the buyer said they paid ("我是信用卡付的"), kept for the wait they
    /// tell next ("都快两个礼拜了"), which is held against it rather than the usual ten.
    /// </summary>
    public int? RefundWindowDays { get; set; }

    /// <summary>The buyer refused being called 亲 ("别跟我亲来亲去"): no line sent to them uses it again.</summary>
    public bool NoEndearment { get; set; }

    /// <summary>Turns in a row the bot could not use; reset by any turn it could.</summary>
    public int FailedTurns { get; set; }

    /// <summary>What the bot said in the last turn, so that the next turn never says the same sentence again.</summary>
    public List<string> LastReplies { get; set; } = [];

    /// <summary>
    /// Everything the bot said in this conversation (the latest <see cref="MaxRemembered"/>), so no reply is ever sent
    /// twice word for word, however many turns lie between.
    /// </summary>
    public List<string> SaidReplies { get; set; } = [];

    /// <summary>Which templates were said about which order ("track.shipped_no_tracking_yet|3615…"), latest last.</summary>
    public List<string> SaidTemplates { get; set; } = [];

    /// <summary>
    /// Policy entries given as answers in this conversation, latest last, so that "我问的是…" or the same question
    /// again is answered with the next-best entry instead of the same text.
    /// </summary>
    public List<string> AnsweredPolicies { get; set; } = [];

    /// <summary>The buyer's question the last turn answered (from a policy or a one-turn reply), or null.</summary>
    public string? LastQuestion { get; set; }

    /// <summary>Two policy entries offered when the buyer said an answer missed; "第二个" picks one.</summary>
    public List<string> TopicChoices { get; set; } = [];

    public const int MaxRemembered = 60;

    public void RememberPolicy(string policyId) => Append(AnsweredPolicies, policyId);

    /// <summary>True when the template was said earlier in this conversation about the order (or about none).</summary>
    public bool Told(string templateId, string? orderNumber) => SaidTemplates.Contains(TemplateKey(templateId, orderNumber), StringComparer.Ordinal);

    /// <summary>True when any template whose id starts with the prefix ("hurry.", "quality_return.ask_photo") was said here.</summary>
    public bool SaidAnyOf(string templatePrefix) => SaidTemplates.Any(k => k.StartsWith(templatePrefix, StringComparison.Ordinal));

    public void Remember(IEnumerable<(string TemplateId, string? OrderNumber, string Text)> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        foreach (var (templateId, orderNumber, text) in replies)
        {
            Append(SaidReplies, text);
            Append(SaidTemplates, TemplateKey(templateId, orderNumber));
        }
    }

    /// <summary>
    /// The order the latest template of an area ("quality_return.") was said about in this conversation, or null; of
    /// several areas or templates, whichever was said last.
    /// </summary>
    public string? LastOrderToldOf(params string[] areaPrefixes)
    {
        ArgumentNullException.ThrowIfNull(areaPrefixes);
        var key = SaidTemplates.LastOrDefault(k => areaPrefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)) && k.Contains('|', StringComparison.Ordinal));
        return key?[(key.IndexOf('|', StringComparison.Ordinal) + 1)..];
    }

    private static string TemplateKey(string templateId, string? orderNumber) => orderNumber is null ? templateId : templateId + "|" + orderNumber;

    private static void Append(List<string> list, string value)
    {
        list.Remove(value);
        list.Add(value);
        if (list.Count > MaxRemembered)
        {
            list.RemoveRange(0, list.Count - MaxRemembered);
        }
    }

    public void StartFlow(string intent)
    {
        // The order the replaced flow was about stays in focus for the new one's short follow-ups.
        LastOrderNumber = OrderNumber ?? LastOrderNumber;
        ActiveFlow = intent;
        Step = null;
        OrderNumber = null;
        OrderChoices = [];
        Values = new(StringComparer.Ordinal);
    }

    public void EndFlow()
    {
        // A quality flow that ends has used the problem told (recorded, or let go): another flow never takes it up.
        ProblemSaid = ActiveFlow == Intents.IntentIds.QualityReturn ? null : ProblemSaid;
        LastOrderNumber = OrderNumber ?? LastOrderNumber;
        LastFlow = OrderNumber is not null ? ActiveFlow : LastFlow;
        ActiveFlow = null;
        Step = null;
        OrderNumber = null;
        OrderChoices = [];
        Values = new(StringComparer.Ordinal);
    }

    public void ClearClarification()
    {
        ClarifyOptions = [];
        ClarifyText = null;
    }
}

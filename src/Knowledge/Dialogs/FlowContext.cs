using System.Text.RegularExpressions;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Kernel;
using ShopBot.Knowledge.Orders;
using ShopBot.Knowledge.Templates;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>One turn inside a flow: the input, the state, the shop's data, and what the turn has said and decided so far.</summary>
public sealed partial class FlowContext(DialogInput input, DialogState state, DialogServices services)
{
    /// <summary>Why a person is called when every wording of an answer was already used.</summary>
    public const string SaidAlready = "said_already";
    private const string RepeatHandover = "dialog.said_already";
    private const string AskAgainLead = "dialog.ask_again_lead";
    private MessageFacts? _facts;
    private string? _compact;
    private ClauseGuard? _guard;
    private IReadOnlyList<ShippingWish>? _wishes;
    private WishCarryingActions? _carrying;
    private readonly List<DialogReply> _replies = [];
    private readonly List<string> _suggested = [];

    public DialogInput Input { get; } = input;

    public DialogState State { get; } = state;

    public DialogServices Services { get; } = services;

    public string Text => Input.Text;

    /// <summary>Whose turn it is: the buyer every kernel function of this turn acts for.</summary>
    public BuyerTurn Turn { get; } = new(input.BuyerId, input.ConversationId);

    /// <summary>
    /// The shop's actions; when the buyer added shipping wishes to the turn ("能发顺丰吗 补运费也行"), the first record the turn
    /// writes about the shipment carries them (<see cref="WishCarryingActions"/>).
    /// </summary>
    public IAfterSalesActions Actions => Wishes.Count == 0 ? Services.Actions : Carrying!;

    /// <summary>The shipping wishes said in this turn's message, read once.</summary>
    public IReadOnlyList<ShippingWish> Wishes => _wishes ??= ShippingWishes.Read(this);

    /// <summary>The actions that carry this turn's wishes, or null when the message holds none.</summary>
    internal WishCarryingActions? Carrying => Wishes.Count == 0 ? null : _carrying ??= new WishCarryingActions(Services.Actions, Wishes);

    /// <summary>The text folded and cleaned, for keyword checks.</summary>
    public string Normalized => Input.Understanding.NormalizedText;

    /// <summary><see cref="Normalized"/> without spaces, computed once per turn.</summary>
    public string Compact => _compact ??= CompactText.Of(Normalized);

    /// <summary>
    /// The message's clauses, read once per turn: every detector that writes a record, withdraws, cuts or hands over
    /// acts only on words the buyer states or requests, never on words in a question, a supposition or a denial.
    /// </summary>
    public ClauseGuard Guard => _guard ??= ClauseGuard.Of(Normalized);

    /// <summary>
    /// What the message holds besides its intent (orders pointed at, address, invoice fields, cues), read once; a line
    /// typed in pinyin ("wo de taideng fa huo le mei") or with Latin words in it ("能refund吗") as the Chinese it stands for.
    /// </summary>
    public MessageFacts Facts => _facts ??= Services.Analyzer.Analyze(AsChinese, Services.Orders.OrdersOf(Input.BuyerId), Services.Time.GetUtcNow());

    /// <summary>
    /// The message as written, or, when it was typed in pinyin or holds Latin words read as Chinese ("多的那条能refund吗",
    /// "有股味 zhengchang吗"), the Chinese it stands for: what facts and policy questions are read from.
    /// </summary>
    public string AsChinese => Normalized.Count(PersonNames.IsHan) > Text.Count(PersonNames.IsHan) ? Normalized : Text;

    /// <summary>
    /// Reads the message's facts from <paramref name="text"/> instead: "换成白色的" names the colour wanted, not the
    /// buyer's white orders, so a flow reads orders from the words left once the wanted value is taken out.
    /// </summary>
    public void ReadFactsFrom(string text) =>
        _facts = Services.Analyzer.Analyze(text, Services.Orders.OrdersOf(Input.BuyerId), Services.Time.GetUtcNow());

    public IReadOnlyList<DialogReply> Replies => _replies;

    public IReadOnlyList<string> Suggested => _suggested;

    public bool Failed { get; private set; }

    /// <summary>The question this turn answered from the policies or a one-turn reply, so "不是这个" next can ask it again.</summary>
    public string? AnsweredQuestion { get; private set; }

    public string? NeedsPerson { get; private set; }

    public bool PastShippingPromise { get; private set; }

    /// <summary>
    /// Says a template. A variant the buyer already read in this conversation, or already this turn, is skipped for
    /// another one, so a question asked again is asked differently. When every variant was read already, the buyer is
    /// told so once and a person takes over rather than the same text being sent again; so too when the buyer pushes back
    /// on what the last turn said and this template said it.
    /// </summary>
    public void Say(string templateId, IReadOnlyDictionary<string, string?>? slots = null)
    {
        slots ??= new Dictionary<string, string?>();
        var order = slots.GetValueOrDefault(TemplateSlots.OrderNumber);
        var variants = Services.Templates.RenderEach(templateId, slots, Input.ConversationId);
        // The buyer pushes back on what the last turn said ("到底到哪了！！"): the same content reworded is no answer.
        var pushedBack = (Impatience.Shows(Text) || Impatience.Shows(Normalized)) && variants.Any(v => State.LastReplies.Contains(v.Text, StringComparer.Ordinal));
        var fresh = pushedBack ? null
            : variants.Select(r => r.Text).FirstOrDefault(t => !AlreadySaid(t)) ?? Rephrased(variants, slots).FirstOrDefault(t => !AlreadySaid(t));
        if (fresh is not null)
        {
            _replies.Add(new DialogReply(templateId, fresh, order));
            return;
        }

        if (Services.Templates.RenderEach(RepeatHandover, slots, Input.ConversationId).FirstOrDefault(r => !AlreadySaid(r.Text)) is { } handover
            && !_replies.Any(r => r.TemplateId == RepeatHandover))
        {
            _replies.Add(new DialogReply(RepeatHandover, handover.Text, order));
        }

        NeedPerson(SaidAlready);
    }

    /// <summary>
    /// A question the flow still needs answered ("麻烦把新地址发给我") is asked once more with a lead-in rather than
    /// word for word; an answer already given in every wording is not, so a buyer pushing back reaches a person.
    /// </summary>
    private IEnumerable<string> Rephrased(IReadOnlyList<RenderedReply> variants, IReadOnlyDictionary<string, string?> slots) =>
        from variant in variants.Where(v => EndsAsking(v.Text))
        from lead in Services.Templates.RenderEach(AskAgainLead, slots, Input.ConversationId)
        select lead.Text + variant.Text;

    /// <summary>True when the buyer read exactly this text earlier in this conversation or already in this turn.</summary>
    public bool AlreadySaid(string text) =>
        State.LastReplies.Contains(text, StringComparer.Ordinal)
        || State.SaidReplies.Contains(text, StringComparer.Ordinal)
        || _replies.Any(r => string.Equals(r.Text, text, StringComparison.Ordinal));

    /// <summary>True when this template was said about the order earlier in this conversation.</summary>
    public bool Told(string templateId, string? orderNumber) => State.Told(templateId, orderNumber);

    /// <summary>A reply that is not a template (a generated answer), already passed through the reply screen.</summary>
    public void SayScreened(string sourceId, string text) => _replies.Add(new DialogReply(sourceId, text));

    /// <summary>
    /// Takes back the "not understood" reply when another part of the message was answered after all; true when the
    /// turn is no longer a failed one.
    /// </summary>
    public bool DropFallback()
    {
        if (_replies.RemoveAll(r => r.TemplateId.StartsWith("fallback.", StringComparison.Ordinal)) == 0 || _replies.Count == 0)
        {
            return false;
        }

        Failed = false;
        return true;
    }

    /// <summary>
    /// Takes back the question of which of two needs was meant, and the "not understood" reply, when another part of the
    /// message was acted on after all ("寄出前通知我一下哈" put on the hold): the turn is an answer.
    /// </summary>
    public void DropAskAgain()
    {
        _replies.RemoveAll(r => r.TemplateId.StartsWith("clarify.", StringComparison.Ordinal) || r.TemplateId.StartsWith("fallback.", StringComparison.Ordinal));
        State.ClearClarification();
        Failed = false;
    }

    public void Suggest(params string[] replies) => _suggested.AddRange(replies);

    /// <summary>The turn could not be used: the buyer is asked again, and two such turns in a row bring a person.</summary>
    public void Fail() => Failed = true;

    /// <summary>This turn answered <paramref name="question"/> (a policy or a one-turn reply).</summary>
    public void MarkAnswered(string question) => AnsweredQuestion = question;

    public void NeedPerson(string reason) => NeedsPerson = reason;

    public void MarkPastShippingPromise() => PastShippingPromise = true;

    /// <summary>Waits for the buyer's answer to <paramref name="step"/> in the active flow.</summary>
    public void Await(string step) => State.Step = step;

    public void Finish() => State.EndFlow();

    public IReadOnlyDictionary<string, string?> SlotsOf(Order order) => OrderSlots.Of(order, Services.Orders.Facts(order), Services.OrdersOptions);

    /// <summary>
    /// True when the text's last sentence asks the buyer for something. An answer that only mentions, mid-way, what to
    /// tell us ("哪里不对告诉我就行；…我可以请同事看看。") is no pending question: said again under "还需要您补充一下" it reads
    /// as if the bot had not heard the buyer, so a buyer pushing back on it reaches a person instead.
    /// </summary>
    private static bool EndsAsking(string text)
    {
        var sentences = SentenceEnd().Split(text).Where(s => s.Trim().Length > 0).ToArray();
        return sentences.Length > 0 && Asks().IsMatch(sentences[^1]);
    }

    [GeneratedRegex("[？?]|麻烦|请问|请发|发一下|发给我|告诉我|回复序号")]
    private static partial Regex Asks();

    [GeneratedRegex("(?<=[。！!；;])")]
    private static partial Regex SentenceEnd();
}

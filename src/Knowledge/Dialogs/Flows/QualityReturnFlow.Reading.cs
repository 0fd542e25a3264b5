using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>What a buyer's message tells the quality flow: the problem, what they want, photos, an amount, a deferral.</summary>
public sealed partial class QualityReturnFlow
{
    /// <summary>
    /// The problem as its category and a short summary (<see cref="QualityProblems.Describe"/>), never the buyer's
    /// sentence as typed. A reply to the list may pick by number and describe in one ("1 被套破了个洞").
    /// </summary>
    private static void ReadDescription(FlowContext context)
    {
        var state = context.State;
        if (SumTurnedDown(context.Compact))
        {
            return;
        }

        var chosen = state.Step == DialogSteps.AskDescription ? QualityProblems.Chosen(context.Normalized) : null;
        // "有股怪味", "有异响", "时亮时不亮": a fault named by its symptom is a description too.
        var problem = QualityProblems.Of(context.Normalized) ?? QualityProblems.OfReason(context.Facts.Reason) ?? chosen
            ?? (QualityProblems.NotSeenInPhoto(context.Normalized) ? QualityProblem.Defect : null);
        if (state.Values.TryGetValue(DescriptionKey, out var given))
        {
            // More detail while photos are awaited is kept with what was said before.
            // "漏的那个退了吧" chooses a remedy: no fault term in it, so nothing of it is added as if it were detail.
            var more = problem is null ? string.Empty
                : ProblemPhrases.Of(context.Normalized) ?? (ChoosesRemedy(context) ? string.Empty : QualityProblems.Summary(context.Normalized));
            // "碎了俩" after "盘子碎了": the count goes with the fault told, never a second fault of its own.
            if (CorrectsToldProblem(context, given))
            {
                return;
            }

            if (ProblemPhrases.WithCount(given, more) is { } counted)
            {
                state.Values[DescriptionKey] = counted;
            }
            else if (more.Length > 0 && !given.Contains(more, StringComparison.Ordinal) && !more.Split('、').All(m => given.Contains(m, StringComparison.Ordinal)))
            {
                state.Values[DescriptionKey] = Clip($"{given}；{more}");
            }

            return;
        }

        if (problem is null && state.ProblemSaid is { } said && state.Step != DialogSteps.AskDescription)
        {
            // Told a turn or more before this flow began: taken as the description, never asked again.
            state.Values[DescriptionKey] = said;
            return;
        }

        if (state.Step == DialogSteps.AskPhoto || (problem is null && state.Step != DialogSteps.AskDescription))
        {
            return;
        }

        if (problem is null && !Describes(context))
        {
            return;
        }

        state.Values[DescriptionKey] = QualityProblems.Describe(chosen ?? problem ?? QualityProblem.Defect, context.Normalized);
    }

    /// <summary>
    /// What the buyer wants done, when it is not a return: a repair, an exchange, the broken part sent again, part of
    /// the money back, or nothing yet (a report). A remedy the buyer refuses ("不要修", "不用换", "不用补发", "不退货") is
    /// never taken as the wish, and is kept so that the default and the remedies offered leave it out.
    /// </summary>
    private static void ReadWish(FlowContext context)
    {
        // "还能退吗 还是只能修" weighs the remedies and picks none: answered once the order is known, never the repair named.
        if (AsksReturnOrRepair(context))
        {
            return;
        }

        var compact = context.Compact;
        var refused = KeepRefused(context);

        // "旧的要寄回去吗" after "想换一套新的": a question keeps the remedy chosen; only the flow's own words for a return
        // change it then, never the sending back a question happens to name.
        var asked = context.State.Values.ContainsKey(WishKey) && (context.Facts.Cues.IsQuestion || AsksWhereOrWhen().IsMatch(compact));
        var cues = context.Facts.Cues.Asserted;
        // "换XL 你们先寄过来我再寄回去" after a wrong size: the size named is the exchange, whatever sending back it mentions.
        // "换货退款都行" to the remedies offered: either is taken, so the return with refund, as ChoosesForBuyerAsync does
        // once the case is recorded.
        string? wish =
            (ReturnsOnePiece(context) || EitherTakenWithRefund(compact)) && !refused.Contains(RefundWish) ? RefundWish
            : WantedSpec(context) is not null && SentWrong(context.State.Values.GetValueOrDefault(DescriptionKey)) && !refused.Contains(ExchangeWish)
                && !QualityProblems.Denied(context.Normalized) ? ExchangeWish
            : QualitySettlements.WantsPartialRefund(context.Normalized) || PartRefund().IsMatch(compact) ? PartialRefundWish
            // "退回去太麻烦了 我还在用 能补偿点吗": the goods stay, so the small compensation, never the return refused.
            : QualitySettlements.WantsCompensation(context.Normalized) && !RefusesCompensation(compact) && (KeepsGoods().IsMatch(compact) || ReturnRefused().IsMatch(compact)) ? CompensationWish
            : QualityProblems.OnlyReports(context.Normalized) && !RefusesOffered(context) ? ReportWish
            : QualityProblems.WantsRepair(context.Normalized) && !refused.Contains(RepairWish) ? RepairWish
            : (ReshipWords().IsMatch(compact) || QualitySettlements.WantsReship(context.Normalized)) && !RefundInstead().IsMatch(context.Normalized) && !refused.Contains(ReshipWish) ? ReshipWish
            : (cues.Contains(BuyerAction.Exchange) || ExchangeWords().IsMatch(context.Normalized) || QualitySettlements.WantsExchange(context.Normalized))
                && !refused.Contains(ExchangeWish) ? ExchangeWish
            : ((!asked && (cues.Contains(BuyerAction.Refund) || cues.Contains(BuyerAction.Return))) || RefundInstead().IsMatch(context.Normalized) || ReturnWish().IsMatch(compact) || ReturnBesidePostage(context))
                && !refused.Contains(RefundWish) ? RefundWish
            : null;
        // The clause reader has the last word: a remedy turned down is no wish, and one wanted in a clause the phrases
        // above miss ("照片发你了 补两个盘子给我就行", "那换一件也行啊") is.
        var reading = ReadRemedies(context);
        wish = wish is not null && reading.NamesRefused(wish) ? FirstWanted(reading)
            : wish ?? (!context.Facts.Cues.IsQuestion && FirstWanted(reading) is { } wanted && !refused.Contains(wanted) ? wanted : null);
        if (wish is not null)
        {
            context.State.Values[WishKey] = wish;
        }
        else if (context.State.Values.GetValueOrDefault(WishKey) is { } kept && refused.Contains(kept))
        {
            context.State.Values.Remove(WishKey);
        }

        if (WantedSpec(context) is { } spec)
        {
            context.State.Values[WantedSpecKey] = spec;
        }

        KeepRepairDeclined(context);
    }

    /// <summary>"不退不换" to the remedies offered turns two of them down: the rest are offered, never a bare report at once.</summary>
    private static bool RefusesOffered(FlowContext context) =>
        context.State.Values.ContainsKey(RemedyOfferedKey) && RefusedRemedies(context.Normalized).Count > 0;

    /// <summary>
    /// "不想退 能补偿点吗", "商品留着 补偿" once the problem is told: the small compensation is the remedy chosen, when the
    /// remedies were offered, the return is refused or the buyer keeps the goods; a sum named is read elsewhere.
    /// </summary>
    private static bool ChoosesCompensation(FlowContext context)
    {
        var state = context.State;
        var compact = context.Compact;
        return state.Values.ContainsKey(DescriptionKey) && CompensationChosen().IsMatch(compact) && !RefusesCompensation(compact)
            && AskedAmount(context) is null
            && (state.Values.ContainsKey(RemedyOfferedKey) || state.Step == DialogSteps.AskRemedy || ReturnRefused().IsMatch(compact) || KeepsGoods().IsMatch(compact));
    }

    [GeneratedRegex("补偿|赔(?:偿|点|一点|些)|补(?:我)?(?:点|一点|些)钱|补贴")]
    private static partial Regex CompensationChosen();

    private static bool RefusesCompensation(string compact) => QualitySettlements.RefusesCompensation(compact);

    // "我还在用", "继续用着": the goods stay with the buyer, so a remedy that takes them back is not wanted.
    [GeneratedRegex("留着|自己用|凑合用|将就用|不寄回|还在用|继续用|接着用|先用着|一直在用|还用着")]
    private static partial Regex KeepsGoods();

    /// <summary>True when the text turns down a remedy: 不要修, 不用换, 不用补发, 不退货, 不想退.</summary>
    public static bool RefusesRemedy(string normalizedText) =>
        RefusedRemedies(normalizedText).Count > 0 || ReturnRefusedAlone().IsMatch(normalizedText);

    /// <summary>The remedies turned down so far, with those the line turns down ("不想退") kept for later turns.</summary>
    private static HashSet<string> KeepRefused(FlowContext context)
    {
        var refused = Refused(context.State);
        refused.UnionWith(RefusedRemedies(context.Normalized));
        if (ReturnRefusedAlone().IsMatch(context.Normalized))
        {
            refused.Add(RefundWish);
        }

        if (refused.Count > 0)
        {
            context.State.Values[RefusedKey] = string.Join(',', refused.Order(StringComparer.Ordinal));
        }

        return refused;
    }

    private static HashSet<string> Refused(DialogState state) =>
        state.Values.TryGetValue(RefusedKey, out var refused) && refused is not null
            ? new HashSet<string>(refused.Split(',', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    private static QualityProblem ProblemOf(string description) =>
        description.StartsWith(QualityProblems.Label(QualityProblem.Missing), StringComparison.Ordinal) ? QualityProblem.Missing
        : description.StartsWith(QualityProblems.Label(QualityProblem.WrongItem), StringComparison.Ordinal) ? QualityProblem.WrongItem
        : QualityProblem.Defect;

    private static void KeepPhotos(FlowContext context)
    {
        if (context.Input.PhotoUrls.Count == 0)
        {
            return;
        }

        var photos = Photos(context.State).Concat(context.Input.PhotoUrls).Distinct(StringComparer.Ordinal).Take(CaseDraftValidator.MaxPhotos);
        context.State.Values[PhotosKey] = string.Join('\n', photos);
    }

    private static List<string> Photos(DialogState state) =>
        state.Values.TryGetValue(PhotosKey, out var photos) ? [.. photos.Split('\n', StringSplitOptions.RemoveEmptyEntries)] : [];

    // A reply to "what is wrong" that is more than a word counts as the description.
    private static bool Describes(FlowContext context) => !Defers(context) && QualityProblems.Summary(context.Normalized).Length >= 2;

    /// <summary>True when the buyer cannot or will not send the photos now ("拍不了 先登记吧", "晚点发").</summary>
    public static bool PutsOffPhotos(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Defers(context);
    }

    /// <summary>Photos promised for later (the shared deferral cue), or none to be had now.</summary>
    private static bool Defers(FlowContext context)
    {
        if (context.Input.PhotoUrls.Count > 0)
        {
            return false;
        }

        var cues = context.Facts.Cues;
        return cues.PhotoLater || CannotPhoto().IsMatch(context.Normalized)
            || (cues.IsDeferral && (context.State.Step == DialogSteps.AskPhoto || SendOrShoot().IsMatch(context.Normalized)));
    }

    private static string Clip(string text) => text.Trim() is { Length: > 500 } clipped ? clipped[..500] : text.Trim();

    // "补一个盘子就行", "再发一个给我", "寄个盖子过来就行", "单独发个新杯盖": only the broken or missing piece sent again.
    [GeneratedRegex("(?<!(?:照片|图片|图|视频)[^,，。]{0,4})补(一|个|两|俩|发|寄|给我|上)|(坏|碎|破|裂)(掉)?的(那个|那只|那些|几个|部分)?(补|寄|发)(给我|过来|一下)|再(发|寄)(一|个|两)|重新?(发|寄)(一|个|两|俩)|(给我|帮我)(寄|发)(一|个)(?!照片|图)|寄(一|个)(过来|给我)|(寄|发|补|换)(一个|一只|一副|一套|一根|一条|个|只|副|根|条)?(新的?)?(线|电线|适配器|充电器|充电头|盖子|杯盖|盖儿|配件|零件|螺丝|底座|把手|灯罩|灯泡|电源线|充电线|数据线|插头|吸管|密封圈|胶圈|拉链头)(过来|给我|就行|就好|就可以|吧)")]
    private static partial Regex ReshipWords();

    // "换个新的", "换成米色的", "能换吗", "只换不退", "我要换", "要个新的", "换一套就行", "就换那个瘪的", "坏的那个换一下"; not
    // "插头换了也不亮" or "换个插座也闪", which only say what was tried.
    [GeneratedRegex("(?<!不)(换(货|新|掉|吗|嘛|一下|成|一?(个|条|件|套|只|双|台|盏|对|把)(新|好|正常|一样|同样|没问题|别的|其他)?的|一?(个|条|件|套|只|双|台|盏|对|把)(?=吧|呗|嘛|吗|就|算了|得了|$|\\s|[,，。!！?？]))|调换|更换|只换|要换(?!了也)|(?<!不)(?:要|给我|发我)(?:个|一个|台|一台|盏|一盏|件|一件|只|一只|套|一套)?新的(?!地址|订单|单号|号码|手机|电话)|换(?:那|这)一?(?:个|条|件|套|只|双|台|盏|对|把)[^,，。!！?？\\s]{0,4}的(?!也|还)|(?:坏|瘪|破|碎|裂|漏|凹)[^,，。!！?？\\s]{0,3}的(?:那|这)?一?(?:个|条|件|套|只|双|台|盏|对|把)?(?:给我)?换(?!了也|了还))")]
    private static partial Regex ExchangeWords();

    // "不要补发 直接退那个盘子的钱": money back for the missing part instead of sending it again; "别给我退钱" turns it down.
    [GeneratedRegex("(?<!(?:不要|不用|别|不想|不)(?:给我|给)?)退[^,.;!?。！？；]{0,8}?钱|(?:不要|不用|别|不想)补发")]
    private static partial Regex RefundInstead();

    // No photo to be had now, or none the buyer will take ("不用拍照了吧 我不想拍"); putting it off is the shared deferral cue.
    [GeneratedRegex("没有照片|没照片|拍不了|没法拍|不方便拍|不能拍|不会拍|拍不|没拍|扔了|没有可拍|没东西(可|怎么)?拍|没什么可拍|(?:不想|不用|不要|懒得|不愿意?|没必要)(?:再)?拍|不拍了?(?:吧|啊|行不|可以吗)?|照片就?(?:不|别)(?:发|拍)了")]
    private static partial Regex CannotPhoto();

    [GeneratedRegex("发|拍|传")]
    private static partial Regex SendOrShoot();

    [GeneratedRegex("(?:不要|不用|不需要|别|不想|不)(?:给我)?(?:换|调换|更换)(?!了也|过)|(?:不换|换不换都)")]
    private static partial Regex ExchangeRefused();

    [GeneratedRegex("(?:不要|不用|不需要|别|不想|不)(?:给我)?(?:再)?(?:补发|补寄|重发|重新发|再发|补了|补一个|补个)")]
    private static partial Regex ReshipRefused();

    // "退回去太麻烦了", "懒得退": sending the goods back is too much trouble, so no return; "别让我退回去" refuses it too.
    [GeneratedRegex("(?:不要|不用|不需要|别|不想|不)(?:给我|让我|叫我|要我)?(?:退货|退了|退回|寄回|退掉|退款|退钱)|不退(?!钱)|退不退都|退(?:回去|回来|货|来退去)?(?:太|好|很|挺|真|有点|也)?(?:麻烦|费劲|折腾|费事)|懒得(?:退|寄)")]
    private static partial Regex ReturnRefused();

    // "不用退 换一套就行": the return turned down on its own, before a pause, where the compact text reads "退换".
    [GeneratedRegex("(?:不要|不用|不需要|别|不想)退(?=\\s|[,，。!！]|$)")]
    private static partial Regex ReturnRefusedAlone();

    // "退那个碗的钱", "退我盖子的钱", "只退碎的那个": money back for one piece, not the whole order.
    [GeneratedRegex("退(?:我|给我)?(?!全部|所有|全款|整单)[^,，。;；!！?？]{1,10}?的钱|只退[^,，。;；!！?？]{0,6}(?:那|一|碎|坏|破|裂)")]
    private static partial Regex PartRefund();

    [GeneratedRegex("哪|多久|几天|什么时候|怎么|咋")]
    private static partial Regex AsksWhereOrWhen();

    // "退货吧", "退了吧", "给我退了", "直接退": a return asked for in the words quality buyers use.
    [GeneratedRegex("退货|退了吧|直接退|给我退|帮我退|还是退|就退|(?<![不别])(要|想)退(了|吧|掉)?$")]
    private static partial Regex ReturnWish();
}

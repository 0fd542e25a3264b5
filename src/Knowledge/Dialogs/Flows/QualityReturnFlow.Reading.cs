using System.Text.RegularExpressions;
using ShopBot.Knowledge.Cases;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
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
        var chosen = state.Step == DialogSteps.AskDescription ? QualityProblems.Chosen(context.Normalized) : null;
        // "有股怪味", "有异响", "时亮时不亮": a fault named by its symptom is a description too.
        var problem = QualityProblems.Of(context.Normalized) ?? QualityProblems.OfReason(context.Facts.Reason) ?? chosen
            ?? (QualityProblems.NotSeenInPhoto(context.Normalized) ? QualityProblem.Defect : null);
        if (state.Values.TryGetValue(DescriptionKey, out var given))
        {
            // More detail while photos are awaited is kept with what was said before.
            var more = problem is null ? string.Empty : QualityProblems.Summary(context.Normalized);
            if (more.Length > 0 && !given.Contains(more, StringComparison.Ordinal))
            {
                state.Values[DescriptionKey] = Clip($"{given}；{more}");
            }

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

    /// <summary>What the buyer wants done, when it is not a return: a repair, an exchange, or nothing yet (a report).</summary>
    private static void ReadWish(FlowContext context)
    {
        if (QualitySettlements.WantsPartialRefund(context.Normalized))
        {
            context.State.Values[WishKey] = PartialRefundWish;
        }
        else if (QualityProblems.OnlyReports(context.Normalized))
        {
            context.State.Values[WishKey] = ReportWish;
        }
        else if (QualityProblems.WantsRepair(context.Normalized))
        {
            context.State.Values[WishKey] = RepairWish;
        }
        else if (ReshipWords().IsMatch(context.Normalized.Replace(" ", string.Empty, StringComparison.Ordinal)) && !RefundInstead().IsMatch(context.Normalized))
        {
            context.State.Values[WishKey] = ReshipWish;
        }
        else if (context.Facts.Cues.Asserted.Contains(BuyerAction.Exchange) || ExchangeWords().IsMatch(context.Normalized) || QualitySettlements.WantsExchange(context.Normalized))
        {
            context.State.Values[WishKey] = ExchangeWish;
        }
        else if (context.Facts.Cues.Asserted.Contains(BuyerAction.Refund) || RefundInstead().IsMatch(context.Normalized))
        {
            context.State.Values[WishKey] = RefundWish;
        }
    }

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

    private static decimal? AskedAmount(FlowContext context)
    {
        // Once a compensation within the limit was offered, any sum the buyer answers ("至少补我30") is the sum asked.
        var talkingMoney = context.State.Step == DialogSteps.AskCompensation;
        if (!talkingMoney && !CompensationWords().IsMatch(context.Normalized))
        {
            return null;
        }

        if (context.Facts.Amounts.Count > 0)
        {
            return context.Facts.Amounts[0];
        }

        return talkingMoney && BareSum().Match(context.Normalized) is { Success: true } bare
            ? decimal.Parse(bare.Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    [GeneratedRegex("(?<![0-9])[0-9]{1,4}(?![0-9])")]
    private static partial Regex BareSum();

    private static string Clip(string text) => text.Trim() is { Length: > 500 } clipped ? clipped[..500] : text.Trim();

    // "补我8块就行", "退我五块算了": a sum to keep the goods, said without the word 补偿.
    [GeneratedRegex("赔|补偿|补贴|返现|(?:补|返|退)(?:我|给我)?(?=[0-9一二三四五六七八九十两]+(?:\\.[0-9]+)?(?:块|元))")]
    private static partial Regex CompensationWords();

    [GeneratedRegex("^(可以|行|好|好的|好吧|嗯|恩|ok|接受|同意|那行|那好|那可以|就这样)(?!.*(不行|不够|太少|不接受|不同意))|(补偿|赔)[^不没]{0,6}(就行|就好|也行|可以)")]
    private static partial Regex AcceptsOffer();

    /// <summary>"不行 太少了", "不接受", "才10块？": the compensation offered is turned down.</summary>
    private static bool RefusesOffer(FlowContext context) =>
        RefusalOfOffer().IsMatch(context.Compact);

    [GeneratedRegex("不行|不够|太少|不接受|不同意|不要|不可以|不答应|打发|才\\d|就这么点|这么少|没诚意|不满意")]
    private static partial Regex RefusalOfOffer();

    // "补一个盘子就行", "再发一个给我": only the broken or missing piece sent again.
    [GeneratedRegex("补(一|个|两|发|寄)|再(发|寄)(一|个|两)|重新(发|寄)(一|个)")]
    private static partial Regex ReshipWords();

    // "换个新的", "换成米色的", "能换吗"; not "插头换了也不亮" or "换个插座也闪", which only say what was tried.
    [GeneratedRegex("(?<!不)(换(货|新|掉|吗|嘛|一下|成|一?(个|条|件|套|只|双|台|盏)(新|好|正常|一样|同样|没问题|别的|其他)?的)|调换|更换)")]
    private static partial Regex ExchangeWords();

    // "不要补发 直接退那个盘子的钱": money back for the missing part instead of sending it again.
    [GeneratedRegex("退[^,.;!?。！？；]{0,8}?钱|(?:不要|不用|别|不想)补发")]
    private static partial Regex RefundInstead();

    // No photo to be had now; putting it off is the shared deferral cue.
    [GeneratedRegex("没有照片|没照片|拍不了|没法拍|不方便拍|不能拍|不会拍|拍不|没拍|扔了|没有可拍|没东西(可|怎么)?拍|没什么可拍")]
    private static partial Regex CannotPhoto();

    [GeneratedRegex("发|拍|传")]
    private static partial Regex SendOrShoot();
}

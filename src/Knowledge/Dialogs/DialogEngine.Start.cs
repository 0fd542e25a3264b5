using System.Text.RegularExpressions;
using ShopBot.Knowledge.Dialogs.Flows;
using ShopBot.Knowledge.Entities;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>Starting a flow: the message's own words can name a different need than the model read.</summary>
public sealed partial class DialogEngine
{
    private async Task<DialogOutcome> StartAsync(FlowContext context, string intent, CancellationToken cancellationToken)
    {
        intent = RedirectedIntent(context, intent);
        if (!_flows.TryGetValue(intent, out var flow))
        {
            return NotUnderstood(context);
        }

        if (await AnswersFromPolicyAsync(context, intent, cancellationToken).ConfigureAwait(false))
        {
            context.State.EndFlow();
            return Outcome(context, DialogOutcomeKind.Answered, intent);
        }

        context.State.StartFlow(intent);
        return await RunAsync(context, flow, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The intent the buyer's own words point to when they contradict the model's reading.</summary>
    private string RedirectedIntent(FlowContext context, string intent)
    {
        // "我要退货 东西有问题" is a quality problem, whatever the model made of "退货".
        // "台灯不亮了 能帮我修一下吗" is a fault to record as a repair, not a question about the warranty.
        if ((intent is IntentIds.NoReasonReturn or IntentIds.Other && QualityProblems.NamesAProblem(context.Normalized) && !Praise().IsMatch(context.Normalized)
                && !QualityProblems.Denied(context.Normalized))
            || (intent == IntentIds.Repair && QualityProblems.Of(context.Normalized) is not null
                && (QualityProblems.WantsRepair(context.Normalized) || QualitySettlements.RefusesRepair(context.Normalized)
                    // "台灯一闪一闪的 保修吗": the fault and the buyer's own order are named, so the repair is taken down, not the warranty rules told.
                    || OrderResolver.Named(context) is [{ Status: OrderStatus.Shipped or OrderStatus.Completed }])))
        {
            intent = IntentIds.QualityReturn;
        }

        // "灯杆跟底座怎么接啊 拧不上": help putting the goods together, never a fault recorded for a repair.
        if (intent is IntentIds.QualityReturn or IntentIds.Repair or IntentIds.Other && AssemblyQuestion.Asks(context.Normalized))
        {
            intent = IntentIds.Installation;
        }

        // "说好48小时发货 都4天了还不发 退款吧": the refund is asked for, not the parcel hurried; the delay is told there.
        if (intent == IntentIds.Hurry && AsksRefundNow(context)
            && _services.Orders.OrdersOf(context.Input.BuyerId).Any(o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay))
        {
            intent = IntentIds.RefundUnshipped;
        }

        // "18号就付款了 到现在还没发货 不想等了" on an order past the shop's promise: the buyer gives the order up, which the
        // refund flow answers (the apology, the refund at once), never a hurry handed to a person.
        if (intent == IntentIds.Hurry && GivesUpWaiting().IsMatch(context.Compact) && !HurriesAlong().IsMatch(context.Compact) && !context.Facts.Cues.IsQuestion
            && _services.Orders.OrdersOf(context.Input.BuyerId).Any(o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay && _services.Orders.Facts(o).IsPastShippingPromise))
        {
            intent = IntentIds.RefundUnshipped;
        }

        // "显示签收了" then "木有收到": a parcel never received is the courier's to answer for, never a defect menu.
        if (intent is IntentIds.QualityReturn or IntentIds.Other && context.Facts.Cues.NeverGot && !QualityProblems.NamesAProblem(context.Normalized)
            && QualityReturnFlow.RecordedHere(context.State) is null
            && _services.Orders.OrdersOf(context.Input.BuyerId).Any(o => o.Status == OrderStatus.Shipped))
        {
            intent = IntentIds.Track;
        }

        // "十月份那单袜子也帮我开一张 thx" right after an invoice: another invoice, never a thanks.
        if (intent is IntentIds.Thanks or IntentIds.Other or IntentIds.Greeting && context.State.LastFlow == IntentIds.Invoice && AnotherInvoice().IsMatch(context.Compact))
        {
            intent = IntentIds.Invoice;
        }

        // "那要是到不了咋办" right after the parcel's arrival was answered: still that parcel, never a defect menu.
        if (intent is IntentIds.QualityReturn or IntentIds.Other && context.State.LastFlow == IntentIds.Track && !QualityProblems.NamesAProblem(context.Normalized)
            && TrackSituations.Of(context.Normalized, context.Facts.Cues) == TrackSituation.NeededBy)
        {
            intent = IntentIds.Track;
        }

        // "保温杯不要了 超市买了一样的" about a parcel on its way: refused or stopped, never a defect menu.
        if (intent is IntentIds.QualityReturn or IntentIds.Other && RefusedParcel.UnwantedOnTheWay(context) && _flows.ContainsKey(IntentIds.RefundUnshipped))
        {
            intent = IntentIds.RefundUnshipped;
        }

        // "T恤买了三件 只收到两件": fewer pieces than ordered is the shop's shortage, never a parcel to track.
        if (intent == IntentIds.Track && QualityProblems.ShortShipped(context.Normalized))
        {
            intent = IntentIds.QualityReturn;
        }

        // "四件套起球了 部分退款吧", "碗裂了 退我20块": a defect settled with part of the money is no refund of an order
        // that never came; nor is "杯子凹了 不想寄回 直接退款", the money of goods kept.
        if (intent is IntentIds.RefundUnshipped or IntentIds.NoReasonReturn && QualityProblems.Of(context.Normalized) is not null
            && ((intent == IntentIds.RefundUnshipped && QualitySettlements.WantsPartialRefund(context.Normalized)) || QualityReturnFlow.KeepsGoodsForMoney(context))
            && !QualityProblems.Denied(context.Normalized))
        {
            intent = IntentIds.QualityReturn;
        }

        // "台灯又不亮了 要退款" about goods the buyer has: a defect of goods in hand, never the cancellation of an order not sent.
        if (intent == IntentIds.RefundUnshipped && QualityProblems.NamesAProblem(context.Normalized) && !QualityProblems.Denied(context.Normalized)
            && NamesOnlyGoodsInHand(context))
        {
            intent = IntentIds.QualityReturn;
        }

        // "浴巾颜色不喜欢 想换成米白色" about goods already sent: a no-reason exchange, not a change to an order before shipping.
        // "收到了 不想要了 没用过 能退不" likewise: a return without a reason, not a cancellation.
        if ((intent == OrderChangeFlow.FlowId || (intent == IntentIds.RefundUnshipped && context.Facts.Cues.AlreadyReceived)) && QualityProblems.RulesOutDefect(context.Normalized)
            && AboutGoodsSent(context))
        {
            intent = IntentIds.NoReasonReturn;
        }

        // "杯盖拧不紧 一直漏水" said first, then "我要退货": the problem already told makes it a quality return; not
        // "有黑色换黑色 没有就直接退款" once the no-reason return was told since: that is an exchange for taste.
        // "你们看是退还是换" once the problem is recorded here asks about that case: the quality rules, never the no-reason ones.
        if (intent is IntentIds.NoReasonReturn or IntentIds.Other
            && ((context.State.ProblemSaid is not null && QualityReturnFlow.ChoosesRemedy(context))
                || (intent == IntentIds.NoReasonReturn && context.State is { ActiveFlow: null, LastFlow: IntentIds.QualityReturn }
                    && QualityReturnFlow.RecordedHere(context.State) is not null && !context.Compact.Contains("无理由", StringComparison.Ordinal)
                    && !NoReasonReturnFlow.SaysNoDefect(context.Normalized)))
            && !NoReasonReturnFlow.ExchangesForTaste(context)
            && context.Facts.OrderReferences.Count == 0 && !QualityProblems.RulesOutDefect(context.Normalized) && !QualityProblems.Denied(context.Normalized))
        {
            intent = IntentIds.QualityReturn;
        }

        // "颜色不喜欢 想换个白色的", "没有质量问题 就是不想要了": no defect, so a no-reason return or exchange, whatever the model read.
        // "我老公穿不进" after a wrong size sent was told is what the shop's mistake does, no change of mind.
        if (intent == IntentIds.QualityReturn && QualityProblems.RulesOutDefect(context.Normalized) && QualityReturnFlow.RecordedHere(context.State) is null
            && !QualityReturnFlow.HoldsSentWrong(context.State))
        {
            intent = IntentIds.NoReasonReturn;
        }

        // "羊毛那个五双装" after the socks' fault was recorded, "带子断了 平时就装个水杯": 装 as a pack or as holding is no
        // question how to install; the fault is the quality flow's.
        if (intent == IntentIds.Installation && !AnswerFlows.AsksAboutUse(context.Normalized)
            && QualityReturnFlow.RecordedHere(context.State) is { } recorded && context.Facts.MatchedOrderNumbers.All(n => n == recorded))
        {
            intent = IntentIds.QualityReturn;
        }

        // "顺丰电话打不通": the courier of a parcel on its way cannot be reached, never a wish to choose another courier.
        if (intent == IntentIds.CourierChoice && (TrackSituations.CourierUnreachable(context.Normalized) || TrackSituations.IsCourierProblem(context.Normalized)))
        {
            intent = IntentIds.Track;
        }

        // "T恤要退" answered, then "太大": the reason for returning goods that were sent, never a complaint for a supervisor.
        if (intent == IntentIds.Complaint && FitOrTaste().IsMatch(context.Compact) && context.Facts.OrderReferences.Count == 0
            && _services.Orders.Find(context.Input.BuyerId, context.State.OrderNumber ?? context.State.LastOrderNumber ?? "") is { Status: OrderStatus.Shipped or OrderStatus.Completed })
        {
            intent = IntentIds.NoReasonReturn;
        }

        // "成都这两天降温 娃等着穿" on an unshipped order: why the goods are needed soon, a hurry to note, never a grievance
        // for a supervisor.
        if (intent == IntentIds.Complaint && HurryReasons.Of(context.Normalized).Count > 0 && !Grievance().IsMatch(context.Compact)
            && _services.Orders.OrdersOf(context.Input.BuyerId).Any(o => o.Status == OrderStatus.AwaitingShipment && !o.HasRefundUnderWay))
        {
            intent = IntentIds.Hurry;
        }

        // "买重复了" right after the refund of the order in focus was recorded here: the reason for that refund, not a
        // return of goods that never arrived.
        if (intent is IntentIds.NoReasonReturn or IntentIds.Other && context.Facts.OrderReferences.Count == 0
            && (context.State.OrderNumber ?? context.State.LastOrderNumber) is { } focus
            && context.Told(RefundUnshippedFlow.RefundRequested, focus) && ReasonCategories.Detect(context.Compact) is not null)
        {
            intent = IntentIds.RefundUnshipped;
        }

        // "马克杯什么时候到" names one of the buyer's own orders: it asks about that parcel, not about delivery times in general.
        if (intent == IntentIds.Other && TrackFlow.AsksArrival(context.Normalized)
            && context.Facts.OrderReferences.Any(r => r.Evidence != Entities.OrderEvidence.Ordinal && r.OrderNumbers.Count > 0))
        {
            intent = IntentIds.Track;
        }

        // "顺丰说送货要加钱，不加就让我自己去拿" is about the courier delivering a shipped parcel, not a new address or courier.
        if (intent is IntentIds.ChangeAddress or IntentIds.Other or IntentIds.CourierChoice && context.Facts.Address is not { HasFullAddress: true }
            && TrackSituations.IsCourierProblem(context.Normalized)
            && _services.Orders.OrdersOf(context.Input.BuyerId).Any(o => o.Status == OrderStatus.Shipped))
        {
            intent = IntentIds.Track;
        }

        // "说明书早扔了", "不是质量问题 就是不会装": help putting it together, never a defect menu or the return window.
        // "有没有人教我装一下 还是说这个本来就是坏的": whether it is broken is asked, not said; the help asked for comes first.
        // "台灯收到了 盒子里没有说明书": a manual missing and nothing else is the electronic one, never a part to reship.
        if (intent is IntentIds.QualityReturn or IntentIds.NoReasonReturn or IntentIds.Repair or IntentIds.Other or IntentIds.Payment && AnswerFlows.AsksInstallationHelp(context.Normalized)
            && (QualityProblems.Denied(context.Normalized) || QualityProblems.OnlyWonders(context.Normalized) || !QualityProblems.NamesAProblem(context.Normalized)
                || AnswerFlows.MissesOnlyTheManual(context.Normalized)))
        {
            intent = IntentIds.Installation;
        }

        // "台灯怎么调亮度 摸了半天只有一个档", "定时怎么设置": how to use the goods, answered from the manual and the
        // product page, never a shortage to reship or a defect to record.
        if ((intent is IntentIds.QualityReturn or IntentIds.NoReasonReturn or IntentIds.Repair or IntentIds.Other or IntentIds.Track
                && AnswerFlows.AsksHowToUse(context.Normalized) && !QualityProblems.NamesAProblem(context.Normalized))
            // "就是你们那个三档的护眼灯" right after: which product the usage question was about, no problem named.
            || (intent == IntentIds.QualityReturn && context.Told(AnswerFlows.UseTemplate, null) && !QualityProblems.NamesAProblem(context.Normalized)
                && QualityProblems.OfReason(context.Facts.Reason) is null && !QualityReturnFlow.ChoosesRemedy(context)))
        {
            intent = IntentIds.Installation;
        }

        // "要是装不下的话能退吗", "尺寸不合适可以退吗": a return asked of goods that may not fit, never help putting them together.
        if (intent is IntentIds.Installation or IntentIds.Track or IntentIds.QualityReturn or IntentIds.Other && NoReasonReturnFlow.AsksReturnIfItDoesNotFit(context.Normalized))
        {
            intent = IntentIds.NoReasonReturn;
        }

        // "包到了 比图片上小 电脑放不下": goods in hand that do not suit, a no-reason return, never where the parcel is.
        if (intent == IntentIds.Track && QualityProblems.RulesOutDefect(context.Normalized) && !QualityProblems.Denied(context.Normalized)
            && (context.Facts.Cues.AlreadyReceived || Arrived().IsMatch(context.Compact)))
        {
            intent = IntentIds.NoReasonReturn;
        }

        // "已经发了是吧 那收到以后退一件行吗", "拍多了 两件就够了": part of a shipped order not wanted, a no-reason return.
        if (intent is IntentIds.Track or IntentIds.QualityReturn or IntentIds.Other && NoReasonReturnFlow.ReturnsPart(context.Compact)
            && !QualityProblems.NamesAProblem(context.Normalized)
            && (AboutGoodsSent(context) || (OrderResolver.Named(context).Count == 0
                && _services.Orders.OrdersOf(context.Input.BuyerId).Any(o => o.Status is OrderStatus.Shipped or OrderStatus.Completed && o.Quantity > 1))))
        {
            intent = IntentIds.NoReasonReturn;
        }

        // "东西一般从哪儿发出来的" names no order and asks where the shop ships from, not where a parcel is.
        if (intent is IntentIds.Track or IntentIds.Other or IntentIds.QualityReturn or IntentIds.NoReasonReturn && AnswerFlows.AsksShipFrom(context.Normalized)
            && !TrackFlow.AsksArrival(context.Normalized) && !TrackFlow.SaysNotShipped(context.Normalized) && !QualityProblems.NamesAProblem(context.Normalized)
            && !context.Compact.Contains('退', StringComparison.Ordinal) && OrderResolver.Named(context).Count == 0)
        {
            intent = IntentIds.CourierChoice;
        }

        // "今天早上拍的 能不能晚几天发": shipping later is the opposite of a hurry, whatever "早上" and "发" led the model to;
        // "能改到下周发吗" moves the day the goods leave, not the courier they leave with.
        // "袜子先压一压 这几天去旅游了" names no problem: a hold with its reason, never a quality question.
        if ((intent is IntentIds.Hurry or IntentIds.CourierChoice or IntentIds.Other
                || (intent == IntentIds.QualityReturn && !QualityProblems.NamesAProblem(context.Normalized)))
            && ShipLaterAsked().IsMatch(context.Compact) && _flows.ContainsKey(IntentIds.DelayShipment))
        {
            intent = IntentIds.DelayShipment;
        }

        // "29号才回青岛 家里没人收": away until a day, no address given: the goods are held until then, not sent elsewhere.
        if (intent is IntentIds.ChangeAddress or IntentIds.Track or IntentIds.Other && DelayShipmentFlow.AwayUntil(context) && _flows.ContainsKey(IntentIds.DelayShipment))
        {
            intent = IntentIds.DelayShipment;
        }

        // "再不发我直接差评 顺便投诉你们延迟发货": a delay threatened or complained of is pressure to ship, never a hold.
        if (intent == IntentIds.DelayShipment && ActionIntents.HoldUnasked(context.Normalized) && _flows.ContainsKey(IntentIds.Hurry))
        {
            intent = IntentIds.Hurry;
        }

        return intent;
    }

    [GeneratedRegex("晚(一|几|两|二|三|个)?(点|些|天|日|周|星期|礼拜)(再|才)?(发|寄|出)|(号|日|周[一二三四五六日天]|月底|月初)(左右|前后)?((以后|之后|过后)(再|才)|再)(发|寄|出)|推迟(一下|几天|两天)?(发|寄|出)|延迟(发|寄)|延后(发|寄)|(先|暂时)(别|不要|不用)(急着)?(发|寄)|(先|暂时)压(一压|一下|几天|两天|着)|别急着(发|寄)|不急着(发|寄)|过(几|两|一|些)(天|日|周)(再|才)(发|寄)|(改|推|拖|延|挪)(到|至)(下周|下个?(星期|礼拜|月)|月底|月初|周[一二三四五六日天末]|星期|礼拜|[0-9一二三四五六七八九十]+(号|日)|明天|后天|大后天|过几天)[^，,。！!？?]{0,6}?(再|才)?(发|寄|出)")]
    private static partial Regex ShipLaterAsked();

    /// <summary>A size or a taste that does not suit the buyer, said on its own: "太大", "有点小了", "不合身", "不喜欢".</summary>
    [GeneratedRegex("^(?:就是|因为)?(?:太|有点|偏|稍微|实在太?)?(?:大|小|肥|紧|长|短|瘦)(?:了|啦|呀)?[!！。.]*$|不合适|不合身|穿不下|穿不了|不喜欢|不好看")]
    private static partial Regex FitOrTaste();

    [GeneratedRegex("(?<!不是)(?:不想|不愿意?)(?:再)?等了|(?<!能)不等了|等不(?:了|起|下去)了")]
    private static partial Regex GivesUpWaiting();

    [GeneratedRegex("催|快点|快些|尽快|赶紧(?:发|给我发)|加急|今天|明天|马上发|能不能发|什么时候发|几时发")]
    private static partial Regex HurriesAlong();

    [GeneratedRegex("态度|投诉|差评|垃圾|骗|服务|客服|不满|生气|气死|敷衍|什么玩意|怎么回事|搞什么")]
    private static partial Regex Grievance();

    [GeneratedRegex("好评|很好|不错|很满意|非常满意|满意|喜欢|好用|赞|点赞|推荐")]
    private static partial Regex Praise();

    // "包到了", "东西到手了": the goods are with the buyer.
    [GeneratedRegex("(包|东西|货|宝贝|快递|衣服|杯子|碗|袜子|四件套|浴巾|台灯|枕套|羽绒服)[^,，。.!！?？]{0,2}(到了|到手了|收到了)")]
    private static partial Regex Arrived();

    [GeneratedRegex("也(?:帮我|给我|麻烦)?开(?:一|1|个)?张|也(?:帮我|给我)?开(?:一下|下)?(?:吧|呗)?$|也要开|也开(?:一|1)?张|也开(?:个|一个)?(?:票|发票)")]
    private static partial Regex AnotherInvoice();
}

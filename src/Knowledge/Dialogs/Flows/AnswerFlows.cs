using System.Text.RegularExpressions;
using ShopBot.Knowledge.Intents;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs.Flows;

/// <summary>
/// The one-turn answers: greetings, thanks, payment, no-reason returns, complaints, price protection,
/// installation, repair, couriers and the rest.
/// </summary>
public sealed partial class AnswerFlows
{
    public const string ComplaintReason = "complaint";

    /// <summary>How to use the goods: the manual and the product page.</summary>
    public const string UseTemplate = "installation.use";

    public IReadOnlyList<IDialogFlow> All { get; } =
    [
        new Reply(IntentIds.Greeting, _ => "greeting.welcome"),
        // "好 那我先去申请", "行吧 那我自己寄" after a return: the buyer goes to do the step just explained, so the reply sees
        // them off to it (where the return address shows), never "不用客气".
        new Reply(IntentIds.Thanks, c => ByeWords().IsMatch(c.Normalized) ? "closing.bye" : GoingToApply.Matches(c.Compact) ? "thanks.goes_to_apply" : GoingToApply.SendsBack(c) ? "thanks.sends_back" : "thanks.reply"),
        new Reply(IntentIds.Payment, c => c.Normalized switch
        {
            _ when OffPlatformWords().IsMatch(c.Normalized) => "payment.platform_only",
            // "我现在去付款": a plan of the buyer's (see LineFrame), not a question about paying.
            _ when LineFrame.IsPlan(c.Compact) => "payment.going_to_pay",
            _ when GoesAheadWords().IsMatch(c.Normalized) && !c.Facts.Cues.IsQuestion => "payment.go_ahead",
            _ when InstalmentWords().IsMatch(c.Normalized) => "payment.instalment",
            _ => "payment.credit_card",
        }),
        new ComplaintReply(),
        new Reply(IntentIds.PriceProtection, c => PriceDeclinedWords().IsMatch(c.Normalized)
            ? WithPerson(c, IntentIds.PriceProtection, "price_protection.declined")
            : OnNamedOrder(c, "price_protection.explain")),
        new Reply(IntentIds.Installation, InstallationAnswer),
        new Reply(IntentIds.Repair, c => c.Normalized switch
        {
            _ when OutOfWarrantyWords().IsMatch(c.Normalized) => WithPerson(c, IntentIds.Repair, "repair.out_of_warranty"),
            // "寄回去修运费谁出", "修要钱不": the repair's own costs (free, postage both ways by the shop), never the return rules.
            _ when RepairCostWords().IsMatch(c.Normalized) => "repair.costs",
            _ when BrokenWords().IsMatch(c.Normalized) => WithPerson(c, IntentIds.Repair, "repair.within_warranty"),
            _ => "repair.terms",
        }),
        new Reply(IntentIds.CourierChoice, c => c.Normalized switch
        {
            // "能自提吗": the shop has no counter to collect from, so it is no courier to note on an order.
            _ when PickupWords().IsMatch(c.Normalized) => "courier_choice.pickup",
            _ when ShippedCourier(c) is { } shipped => shipped,
            _ when NamedCourierWords().IsMatch(c.Normalized) && HasUnshippedOrder(c) => WithPerson(c, IntentIds.CourierChoice, ShipFromToo(c, "courier_choice.named_for_order")),
            _ when NamedCourierWords().IsMatch(c.Normalized) => "courier_choice.named",
            _ when ShipFromWords().IsMatch(c.Normalized) => "courier_choice.ship_from",
            _ => "courier_choice.default",
        }, ShippedCourierSlots),
        new OutOfScope(),
    ];

    private static string WithPerson(FlowContext context, string reason, string template)
    {
        context.NeedPerson(reason);
        return template;
    }

    /// <summary>"保温杯买了就降价": the answer is about the one order named, so "差20 给我退了吧" next stays on it.</summary>
    private static string OnNamedOrder(FlowContext context, string template)
    {
        if (OrderResolver.Named(context) is [var named])
        {
            context.State.OrderNumber = named.OrderNumber;
        }

        return template;
    }

    /// <summary>"从哪里发货 能发顺丰吗": where it ships from is said before the courier answer.</summary>
    private static string ShipFromToo(FlowContext context, string template)
    {
        if (ShipFromWords().IsMatch(context.Normalized))
        {
            context.Say("courier_choice.ship_from");
        }

        return template;
    }

    /// <summary>"你们在哪个城市发货", "从哪儿发出来的": where the shop's goods leave from, not where a parcel is now.</summary>
    public static bool AsksShipFrom(string normalized) => ShipFromAsked().IsMatch(CompactText.Of(normalized));

    [GeneratedRegex("(从|在|是)(哪|哪里|哪儿|哪边|哪个城市|哪个省|什么地方)(发|寄|出)|(哪里|哪儿|哪边)(发|寄)(货|出|的)|哪发货|发货地|哪个仓|(哪个|什么)(城市|省|地方)发")]
    private static partial Regex ShipFromAsked();

    private static bool HasUnshippedOrder(FlowContext context) =>
        context.Services.Orders.OrdersOf(context.Input.BuyerId).Any(o => o.Status is OrderStatus.AwaitingPayment or OrderStatus.AwaitingShipment);

    [GeneratedRegex("再见|拜拜|bye|88|没事了|没有了|没问题了")]
    private static partial Regex ByeWords();

    [GeneratedRegex("转账|打款|汇款|转到银行卡|打到银行卡|微信|对公|线下|私下|支付宝转")]
    private static partial Regex OffPlatformWords();

    /// <summary>"那我用支付宝余额", "我换张卡付": the buyer says how they will pay, not what they ask.</summary>
    [GeneratedRegex("^(那|好|行|那好)?的?(我)?(就|先|再)?(用|换|改用|换成|换张|换个)(支付宝)?(余额|银行卡|信用卡|储蓄卡|花呗|卡|别的卡|另一张卡)[付吧了]*")]
    private static partial Regex GoesAheadWords();

    [GeneratedRegex("分期|花呗|白条")]
    private static partial Regex InstalmentWords();

    [GeneratedRegex("失败|被拒|拒绝|不符合|没成功|不成功|不通过|没通过|不支持|过了|过期|通融|人工")]
    private static partial Regex PriceDeclinedWords();

    [GeneratedRegex("上门|师傅|预约|安装费|派人|来装|来人")]
    private static partial Regex OnSiteWords();

    [GeneratedRegex("安装|组装|拼装|装(不|好|上|起来|完|一下|到|在)|(怎么|如何|咋)装|搭|固定|打孔|挂墙|螺丝|零件|配件")]
    private static partial Regex AssemblyWords();

    /// <summary>
    /// "说明书早扔了", "不是质量问题 就是不会装 有没有人教一下": help putting the goods together, whatever other need the
    /// model read ("扔了" is no defect, "不是质量问题" rules one out).
    /// </summary>
    public static bool AsksInstallationHelp(string normalized) =>
        ManualGoneWords().IsMatch(normalized) || ManualMissingWords().IsMatch(normalized) || InstallationHelpWords().IsMatch(normalized);

    /// <summary>"盒子里没有说明书": the manual is all that is missing, with no other problem named beside it.</summary>
    public static bool MissesOnlyTheManual(string normalized) =>
        ManualMissingWords().IsMatch(normalized) && !QualityProblems.NamesAProblem(ManualMissingWords().Replace(normalized, string.Empty));

    /// <summary>
    /// "说明书我拆的时候当垃圾扔了", "有没有视频教一下 不会是配件不对吧" once help putting the goods together was given in
    /// this chat: still that help (the electronic manual, a colleague guiding), never the policy again or a defect menu.
    /// </summary>
    public static bool FollowsInstallation(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // "灯罩拆下来擦了 装不回去了" after a repair was recorded: help putting it back, never the photos reminded.
        return (AsksInstallationHelp(context.Normalized) || StuckWords().IsMatch(context.Normalized))
            && (context.State.SaidAnyOf(IntentIds.Installation + ".")
                || context.State.AnsweredPolicies.Contains(IntentIds.Installation, StringComparer.Ordinal)
                || (context.State.ActiveFlow is null && AsksInstallationHelp(context.Normalized) && !QualityProblems.NamesAProblem(context.Normalized)));
    }

    /// <summary>
    /// "说明书跟箱子一起扔了 底座跟灯杆我也不会接" beside a defect being recorded: the electronic manual and a colleague's
    /// guidance are offered too, once, so the second need is not lost in the case.
    /// </summary>
    public static void OfferInstallationBeside(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (AsksInstallationHelp(context.Normalized) && !context.Told(ManualBesideCase, null))
        {
            context.Say(ManualBesideCase);
            context.NeedPerson(IntentIds.Installation);
        }
        else if (context.Told(AssemblyDoubt.ManualTemplate, null))
        {
            context.NeedPerson(IntentIds.Installation);
        }
    }

    private const string ManualBesideCase = "installation.manual_beside_case";

    /// <summary>
    /// "台灯怎么调亮度", "定时怎么设置", "这个怎么连蓝牙", "能不能定时关": how to use the goods, which the manual and the
    /// product page answer; no missing piece and no defect.
    /// </summary>
    public static bool AsksHowToUse(string normalized) => HowToUseWords().IsMatch(CompactText.Of(normalized));

    /// <summary>
    /// How to use or put together a product, asked in any words ("怎么装", "装不上", "说明书呢"); 装 as holding
    /// ("装个水杯") or a pack ("五双装") asks nothing of the kind.
    /// </summary>
    public static bool AsksAboutUse(string normalized) =>
        AsksHowToUse(normalized) || UseWords().IsMatch(CompactText.Of(normalized));

    [GeneratedRegex("安装|组装|拼装|拆装|装不上|装不进|装上|装好|怎么装|咋装|如何装|装反|说明书|用法|使用方法|怎么用|咋用|不会用|用不了|调不了|怎么调|咋调|怎么弄")]
    private static partial Regex UseWords();

    // "怎门", "怎们": the typos buyers make of 怎么.
    [GeneratedRegex("(怎么|怎门|怎们|怎样|如何|咋)(才能)?(调|设置|设定|连|配对|用|使用|操作|开|关|加水|充电|切换|定时|换挡|换档|拆|清洗|洗)|(定时|蓝牙|亮度|光|档位|挡位|模式|功能|开关|按键|按钮).{0,6}(怎么|怎门|怎们|如何|咋)|(能不能|可不可以|可以|能)定时|有没有定时|有定时")]
    private static partial Regex HowToUseWords();

    [GeneratedRegex("说明书[^,，。.!！?？;；]{0,12}(扔|丢|没了|找不到|不见|没有了)")]
    private static partial Regex ManualGoneWords();

    [GeneratedRegex("电子(版|档|的)(的)?(说明书)?|说明书[^,，。!！?？]{0,4}(电子|pdf)|pdf(版|的)?(说明书)?")]
    private static partial Regex ElectronicManualWords();

    // "盒子里也没看到说明书", "没有附说明书", "说明书没找到": none in the box; never "说明书上没有写".
    [GeneratedRegex("没(?:有|看到|看见|见到|找到|翻到|附|放|给|带)(?:附|带)?(?:纸质的?|中文的?)?说明书|说明书[^,，。.!！?？;；]{0,6}(?:没看到|没看见|没见到|没找到|没翻到|没附|没放|没给|没有(?!写|说|提|讲|标))")]
    private static partial Regex ManualMissingWords();

    [GeneratedRegex("不会装|不会安装|不知道(怎么|咋)装|装不上|装不回|装不好|装不起来|装不进|拧不上|(插|卡|套|安|拼)不(进|上)|教(我|一下|下|教|教我)?(怎么)?(装|安装)|(有没有|有)人(教|指导)")]
    private static partial Regex InstallationHelpWords();

    [GeneratedRegex("过保|过了保|保修期过|质保期过|超过保修|超出保修|过了质保|自费|我出钱|人为|摔|进水|泡水|拆开过")]
    private static partial Regex OutOfWarrantyWords();

    [GeneratedRegex("运费|邮费|快递费|(要|收|花)(钱|费)|收费|多少钱|免费")]
    private static partial Regex RepairCostWords();

    [GeneratedRegex("坏|不亮|不转|不制冷|不制热|不加热|充不进|开不了|不开机|断了|断掉|裂|漏|异响|噪音|不出|不灵|失灵|鼓包|开胶|掉了|塌|下沉|卡住|没声音|没反应|故障|连击|坏点|亮线|老化|不耐用|进度|修好|返修|寄回来")]
    private static partial Regex BrokenWords();

    [GeneratedRegex("顺丰|顺风|顺峰|sf|京东|邮政|ems|德邦|圆通|中通|申通|韵达|极兔|百世|指定|换个快递|换快递|改快递|换成|改成|到付|空运|航空|次日达|特快|冷链|闪送|同城")]
    private static partial Regex NamedCourierWords();

    [GeneratedRegex("自提|自取|自己(过去|过来|去|来)?(拿|取)|上门(拿|取)|到店")]
    private static partial Regex PickupWords();

    [GeneratedRegex("从哪|哪里发|哪儿发|哪边发|哪发|发货地|哪个仓|仓库|哪个城市|国内发|保税|直邮|厂家|代发|哪个省")]
    private static partial Regex ShipFromWords();

    [GeneratedRegex("好评|五星|很满意|非常满意|质量(很|挺|真|非常|超)?(好|不错|棒)|点赞|推荐给|回购")]
    private static partial Regex PraiseWords();

    [GeneratedRegex("(?<!不|不是|没|没有|没那么)(很|好|超|挺|特别|非常|蛮|可|太)(喜欢|爱)(了|的|啦|呀)?|喜欢(得不得了|极了|死了)|爱不释手")]
    private static partial Regex LikedWords();

    private sealed class Reply(string intent, Func<FlowContext, string> template, Func<FlowContext, string, IReadOnlyDictionary<string, string?>?>? slots = null) : IDialogFlow
    {
        public string Intent => intent;

        public Task RunAsync(FlowContext context, CancellationToken cancellationToken)
        {
            var said = template(context);
            context.Say(said, slots?.Invoke(context, said));
            if (intent is not (IntentIds.Greeting or IntentIds.Thanks or IntentIds.Complaint))
            {
                context.MarkAnswered(context.Text);
            }

            context.Finish();
            return Task.CompletedTask;
        }
    }

    /// <summary>Not an after-sales request: the shop's policies may still answer it; otherwise say what the bot can do.</summary>
    private sealed class OutOfScope : IDialogFlow
    {
        public string Intent => IntentIds.Other;

        public async Task RunAsync(FlowContext context, CancellationToken cancellationToken)
        {
            if (PraiseWords().IsMatch(context.Normalized))
            {
                // "质量很好，好评" is thanks, not a question the bot failed to answer.
                context.Say("thanks.reply");
            }
            else if (LikedWords().IsMatch(context.Normalized))
            {
                // "老婆好钟意 哈哈": goods the buyer's family likes, glad with them, never "I can't answer that yet".
                context.Say("thanks.liked");
            }
            else if (await PolicyReply.FindAsync(context, cancellationToken).ConfigureAwait(false) is { } match)
            {
                await PolicyReply.SayAsync(context, match, cancellationToken).ConfigureAwait(false);
            }
            else if (!await ContextualPolicy.TryAnswerAsync(context, cancellationToken).ConfigureAwait(false) && !SmallTalk.TrySay(context)
                && !UnsureQuestion.HandsOver(context))
            {
                // Saying what the bot can do is a fallback: two in a row bring a person. (A question on the buyer's own
                // goods that the bot cannot answer went to a person instead.)
                context.Say("other.out_of_scope");
                context.Fail();
            }

            context.Finish();
        }
    }
}

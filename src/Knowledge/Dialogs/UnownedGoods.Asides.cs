using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Asked beside goods no order of this account holds, once told of them: a spare part, whether the payment went through,
/// someone to come and put it together, how to put it together, where the payment or the order number is found, a
/// look-up by name, a pickup for the return. Each is answered as asked, never "checked again" with the account's orders
/// listed once more.
/// </summary>
public static partial class UnownedGoods
{
    /// <summary>Why a person is called: the buyer insists the goods were paid for, and no order of this account holds them.</summary>
    public const string PaidUnowned = "unowned_paid";

    /// <summary>
    /// A flow waits for the order of the item told of: "退回去快递能上门来取吗" is answered as asked, with the order still
    /// to be found; anything else about it is checked again.
    /// </summary>
    public static void AnswerWhileAwaited(FlowContext context, string told)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!TryAnswerAside(context, told))
        {
            SayStillNotAmong(context, told);
        }
    }

    private static bool TryAnswerAside(FlowContext context, string told)
    {
        var text = context.Compact;
        var state = context.State;
        // "那你们能不能寄一个给我": the spare part asked about, not the missing order a third time.
        if (AsksSparePart().IsMatch(text))
        {
            context.State.ClearClarification();
            context.Say(SparePartTemplate);
            return true;
        }

        // "那我看看是不是没付成功": the buyer goes to check the payment; where to see it.
        if (MaybeUnpaid().IsMatch(text))
        {
            context.State.ClearClarification();
            context.Say("orders.unowned_maybe_unpaid", Slots(told, []));
            if (context.Told(CourierTemplate, null))
            {
                context.Say("orders.unowned_courier_after_payment");
            }

            return true;
        }

        // "退回去快递能上门来取吗": the pickup the return page offers, once the order is found; 上门 here is the courier's,
        // never an installer's.
        if (ReturnPickup.IsAsked(text))
        {
            context.State.ClearClarification();
            context.Say("orders.unowned_return_pickup", Slots(told, []));
            return true;
        }

        // "不行你们派人来装一下": no one comes to assemble anything; the help there is waits for the order to be found.
        if (OnSite().IsMatch(text))
        {
            context.State.ClearClarification();
            context.Say("orders.unowned_on_site", Slots(told, []));
            return true;
        }

        // "保修多久啊 能换个新的不" right after: warranty, repair or a new one for goods this account never bought here is not
        // promised; the order is asked for again, never the shop's warranty rules told as if the shop sold it.
        if (AsksAfterCare().IsMatch(text) && state.SaidTemplates.LastOrDefault() is { } last && SaysNoSuchOrder(last))
        {
            state.ClearClarification();
            context.Say("orders.unowned_after_care", Slots(told, []));
            return true;
        }

        // "有没有安装视频 发我一个": help with goods of no order of this account waits for the order to be found.
        if (AsksHowTo().IsMatch(text))
        {
            context.State.ClearClarification();
            context.Say("orders.unowned_how_to", Slots(told, []));
            return true;
        }

        // "我明明付了钱的 你再查查": the bot has looked twice, so a person checks the payment, with its record asked for.
        if (MoneyTaken().IsMatch(text) || InsistsBought().IsMatch(text))
        {
            context.State.ClearClarification();
            context.Say("orders.unowned_paid_handed", Slots(told, []));
            context.NeedPerson(PaidUnowned);
            return true;
        }

        // "你按我名字查一下": no order is looked up by a name; where the order number is found.
        // "订单号我找不到了", "不知道订单号在哪看": where the number is, never the account's orders listed again.
        // "是不是你们给我取消了": the shop cancelled nothing; no such order was ever made on this account.
        var aside = AsksCancelled().IsMatch(text) ? "orders.unowned_not_cancelled"
            : NameLookup().IsMatch(text) ? "orders.unowned_no_name_lookup"
            : LostOrderNumber().IsMatch(text) ? "orders.unowned_where_order_number"
            : null;
        if (aside is null)
        {
            return false;
        }

        context.State.ClearClarification();
        context.Say(aside, Slots(told, []));
        return true;
    }

    [GeneratedRegex("(是不是|是否|难道|会不会|怎么)[^，,。]{0,6}(取消|砍单|删)|(取消|砍单|删)[^，,。]{0,3}(吗|么|嘛|\\?|？)|被(你们|店家|商家|卖家|系统)?(取消|砍|删)|cancel")]
    private static partial Regex AsksCancelled();

    [GeneratedRegex("钱(都|也|已经)?(扣|付|交)了|扣(了)?(钱|款)|(付|交)了钱|钱(都|也)?付过|付过(钱|款)")]
    private static partial Regex MoneyTaken();

    [GeneratedRegex("(明明|确实|真的|肯定)(是)?(在你们|在这|在这里|在本店|你们)?(家|店)?(买|拍|下单|付款|付)(了|过|的)")]
    private static partial Regex InsistsBought();

    [GeneratedRegex("(按|用|拿|凭|报)(我|他|她|我老婆|我老公|我家人)?的?(名字|姓名|身份证)(帮我|给我)?(查|找|搜)|(名字|姓名)(能|可以)?(查|找|搜)")]
    private static partial Regex NameLookup();

    [GeneratedRegex("(没|未)(付|支付|付款)(成功|上|出去)|(付款|支付)(没|未)成功|是不是没付|(看|查)(看|一下)?(付|支付|付款)(了)?没|没(付|拍)成")]
    private static partial Regex MaybeUnpaid();

    [GeneratedRegex("保修|质保|维修|修(?:一下|好|吗|么|不)|能修|换(?:个|一个)?新|换一个|给我换|能换")]
    private static partial Regex AsksAfterCare();

    // "师傅电话多少 我好约时间", "安裝師傅怎麼聯繫": an installer to call or to book is someone to come and assemble it too.
    [GeneratedRegex("上门|(派|找|叫|安排|来)(个|一个)?(人|师傅)|(?<!快递|送货|送快递)师傅|安装工|安装的人|约(个|一下)?(安装|上门)")]
    private static partial Regex OnSite();

    // "上门安装", "师傅来装": assembling is what is asked of the one who comes, never a courier's doorstep delivery.
    [GeneratedRegex("装|(?<!快递|送货|送快递)师傅")]
    private static partial Regex Assembling();

    [GeneratedRegex("安装|视频|说明书|教程|图纸|怎么(装|用|弄|拼|组装)|咋(装|用|弄)")]
    private static partial Regex AsksHowTo();

    [GeneratedRegex("(订单号|订单编号|单号)(我|也)?(找不到|找不着|忘了|忘记|不记得|不知道|在哪|哪里看|哪看|怎么(找|查|看))|(找不到|找不着|不知道|没有|不记得|忘了)(那个)?(订单号|订单编号)")]
    private static partial Regex LostOrderNumber();
}

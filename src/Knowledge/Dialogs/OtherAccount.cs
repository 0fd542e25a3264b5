using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// "是我妈的号买的", "用我老公账号拍的", "查下我妈的订单": the order belongs to another account. The bot only talks about the asking
/// account's orders, so it says why and how the buyer can see it (log in to that account), never a person or a menu.
/// </summary>
public static partial class OtherAccount
{
    public static bool TryAnswer(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // "那算了 我让她自己问" right after being told why: the buyer leaves it to the account owner; thanked, never queued.
        if (context.State.SaidTemplates.LastOrDefault() is { } last && last.StartsWith(Template, StringComparison.Ordinal) && LeftToOwner().IsMatch(CompactText.Of(context.Normalized)))
        {
            context.State.ClearClarification();
            context.State.EndFlow();
            context.Say(Template + "_left");
            return true;
        }

        if (!IsNamed(context))
        {
            return false;
        }

        context.State.ClearClarification();
        context.State.UnownedItem = null;
        context.State.EndFlow();
        // "我妈不会弄手机 你就帮我看一下嘛" after the rule was said twice: how the buyer can look on that account for her.
        context.Say(context.Told(Template + "_again", null) ? Template + "_helped" : context.Told(Template, null) ? Template + "_again" : Template);
        return true;
    }

    private const string Template = "listen_open.other_account";

    /// <summary>
    /// The buyer says the order was placed from another account ("是我老婆的号拍的"), or, once told why it cannot be looked
    /// up, gives that account's name, its owner's name or phone, or pushes ("他账号叫…", "收件人是我", "看一眼就行 又不是别人",
    /// "她叫张桂芬 手机139…", "收件人叫王秀兰 手机尾号6621", "她不会弄手机"): told again, kindly.
    /// </summary>
    public static bool IsNamed(FlowContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var compact = CompactText.Of(context.Normalized);
        return Named().IsMatch(compact)
            || (AsksForAnother().IsMatch(compact) && !UnownedGoods.NamesOwnedGoods(context))
            || (context.Told(Template, null) && PushedBack().IsMatch(compact));
    }

    [GeneratedRegex("^(那|那就|好吧|行吧|好的|哦|噢)?算了|(让|叫)(她|他|朋友|本人)(自己|本人)?(来)?(问|查|联系|登录|看)|(她|他)自己(来)?(问|查|联系|看)|不(用|麻烦)了")]
    private static partial Regex LeftToOwner();

    // "她叫张桂芬 手机139…", "收件人叫王秀兰 手机尾号6621", "账号叫 沈阿姨1960", "她不太会弄手机", "我是她女儿": her name,
    // the recipient, account or phone given, or the buyer pleads; never a change of the buyer's own order.
    [GeneratedRegex("(她|他)(的)?(淘宝)?(账号|帐号|号|用户名|昵称|id)(是|叫|名)|^(淘宝)?(账号|帐号|用户名|昵称|id)(是|叫)|(她|他|我妈|我爸)(的)?(名字)?(叫|是叫)|(收件人|收货人)(名字)?(叫|是叫|是|写的是?)|(手机|电话)(号)?(尾号|后四位)?(是)?[0-9]|尾号|后四位|不太?会(弄|用|玩|操作)|你就帮|帮(我|她|他)(看|查)(一下|一眼|下)|收件人(写的|填的)?(是|就是)我|看一眼|看一下就行|查一下就行|就(查|看|问)(一下|一眼|下)|又不(干嘛|干什么|做什么|乱来)|又不是别人|不是外人|一家人|通融|我是(她|他)的?(老婆|老公|媳妇|家人|女儿|儿子|闺女|孩子|亲人)|我们是(夫妻|一家)")]
    private static partial Regex PushedBack();

    // "帮我查下我妈的订单", "我老公用他号给我买的", "我老公用他自己的号买了床单" too, but not "给我妈买的订单" (the buyer's own order, bought for someone);
    // "我朋友的 她让我帮问的", "替同事查一下": an order asked about for someone else.
    [GeneratedRegex("(妈|爸|老公|老婆|媳妇|对象|男朋友|女朋友|朋友|同事|家人|家里人|别人|姐|哥|弟|妹|闺蜜|爷|奶|婆婆|公公)(的)?(淘宝)?(号|账号|帐号)|(?<!给|送|给我|送我|帮)(我妈|我爸|老公|老婆|媳妇|对象|男朋友|女朋友|朋友|同事|家人|别人|闺蜜)的(订单|单子)|(她|他)(的)?(淘宝)?(账号|帐号)是|(用|拿|登)(的)?(她|他|别人|家人|家里人)(自己)?(的)?(淘宝)?(号|账号|帐号)(?!码)|^(这|那)?(个|单)?(是)?我?(朋友|同事|闺蜜|亲戚|邻居|家人|室友|同学)的(订单|单子|单)?(她|他|啊|呀|哈|[,，。.]|$)|(她|他|朋友|同事|闺蜜|亲戚|邻居|家人|同学)(让|叫|托|拜托)我(帮|来|替)?(她|他)?(问|查)|(帮|替)我?(朋友|同事|闺蜜|亲戚|邻居|同学|别人)(问|查)")]
    private static partial Regex Named();

    // "帮我老婆查一下她的订单", "我老公也在你们店拍了个台灯": a relative's own purchase asked about. Counted only when no goods
    // of this account are named, since "帮我妈问下 这个四件套能退吗" may be the buyer's own order bought for her.
    [GeneratedRegex("(帮|替)我?(家)?(妈|爸|老公|老婆|媳妇|对象|男朋友|女朋友|朋友|同事|家人|闺蜜|婆婆|公公|姐|哥|弟|妹)(查|问)|(妈|爸|老公|老婆|媳妇|对象|男朋友|女朋友|朋友|同事|家人|闺蜜|婆婆|公公|姐|哥|弟|妹)[^,，。!！?？]{0,8}(她|他)(自己)?的(订单|单子)|(妈|爸|老公|老婆|媳妇|对象|男朋友|女朋友|朋友|同事|家人|闺蜜|婆婆|公公|姐|哥|弟|妹)(自己)?也(在)?(你们|你家|贵店|店里|这)(家|店|里|边)?(也)?(买|拍|下单|下了)")]
    private static partial Regex AsksForAnother();
}

using System.Text.RegularExpressions;
using ShopBot.Knowledge.Orders;

namespace ShopBot.Knowledge.Dialogs;

/// <summary>
/// Questions about a product the buyer names (or the lamp just talked about), answered from what is known of it, never
/// an order list: a gold or silver rim in a microwave (metal sparks: never in it), whether a fleece set or a towel sheds
/// (a little loose fluff at first is usual, heavy shedding after washing is a quality matter), the fabric the title
/// names when the buyer would like to touch it, a lamp with one button or dimming that only switches it on and off,
/// and whether a power bank can feed the lamp. What the title does not give stays the product page's and pre-sales'.
/// </summary>
public static partial class ProductQuestion
{
    private static bool AnswersFacts(FlowContext context)
    {
        var compact = context.Compact;
        var category = CareQuestion.Category(compact);
        var situation = MetalRim().IsMatch(compact) && Microwave().IsMatch(compact) ? "metal_rim"
            : Sheds(compact) ? "shedding_" + (category is "bedding" or "towel" ? category : "general")
            : Fabric().IsMatch(compact) && category is not null && !Complaint().IsMatch(compact) ? FabricOf(context, category)
            : LampFact(context, category);
        if (situation is null)
        {
            return AnswersThickness(context, category) || AnswersHotWater(context, category) || AnswersFitAgain(context, category);
        }

        // "四件套料子怎么样" then "洗了一次掉毛好多": the buyer's one order of the product named is the one in focus.
        var named = category is null ? [] : context.Services.Orders.OrdersOf(context.Input.BuyerId)
            .Where(o => o.Status != OrderStatus.Closed && CareQuestion.Category(o.Title.ToLowerInvariant()) == category).ToList();
        if (named.Count == 1)
        {
            context.State.LastOrderNumber = named[0].OrderNumber;
        }

        context.Say($"{Area}.{situation}");
        SayPillingBeside(context, situation);
        context.MarkAnswered(context.Text);
        return true;
    }

    /// <summary>
    /// "袜子羊毛的厚不厚啊 给我爸穿的", "四件套暖和吗": the title of the buyer's order of those goods says what it is made
    /// of, how many come and the size; how thick or warm it is no title says, so that is the product page's and pre-sales',
    /// never the order's state.
    /// </summary>
    private static bool AnswersThickness(FlowContext context, string? category)
    {
        if (category is null || !Thickness().IsMatch(context.Compact) || Complaint().IsMatch(context.Compact))
        {
            return false;
        }

        SayWithTitle(context, category, "thickness");
        return true;
    }

    /// <summary>
    /// What the title does not say, answered with the title of the buyer's latest order of those goods
    /// (<c>{Area}.{situation}</c>) or, with no such order, in general (<c>{situation}_general</c>); that order is the one in focus.
    /// </summary>
    private static void SayWithTitle(FlowContext context, string category, string situation)
    {
        var order = context.Services.Orders.OrdersOf(context.Input.BuyerId)
            .Where(o => CareQuestion.Category(o.Title.ToLowerInvariant()) == category)
            .OrderBy(o => o.Status == OrderStatus.Closed).ThenByDescending(o => o.CreatedAt).FirstOrDefault();
        if (order is null)
        {
            context.Say($"{Area}.{situation}_general");
        }
        else
        {
            context.Say($"{Area}.{situation}", context.SlotsOf(order));
            context.State.LastOrderNumber = order.OrderNumber;
        }

        context.MarkAnswered(context.Text);
    }

    /// <summary>"是纯羊毛吗": asks what the goods are made of, which the title answers, not how to wash them.</summary>
    public static bool AsksFabric(string compact) => Fabric().IsMatch(compact) && !Complaint().IsMatch(compact);

    /// <summary>
    /// "袜子是纯羊毛的不 会起球不" about the order in focus: the fabric the title names, never the washing text; whether it
    /// pills no title says, so that is left to the product page and pre-sales.
    /// </summary>
    public static void SayFabric(FlowContext context, string category)
    {
        ArgumentNullException.ThrowIfNull(context);
        var situation = FabricOf(context, category);
        context.Say($"{Area}.{situation}");
        SayPillingBeside(context, situation);
        context.MarkAnswered(context.Text);
    }

    private static void SayPillingBeside(FlowContext context, string situation)
    {
        if (situation.StartsWith("fabric_", StringComparison.Ordinal) && context.Compact.Contains("起球", StringComparison.Ordinal))
        {
            context.Say(Area + ".pilling_beside");
        }
    }

    /// <summary>"想摸摸四件套的料子" before the no-shop answer was given: that first, then the fabric the title names.</summary>
    private static string FabricOf(FlowContext context, string category)
    {
        if (Touch().IsMatch(context.Compact) && !context.State.Told(Area + ".see_goods", null)
            && !context.State.AnsweredPolicies.Contains("online-only", StringComparer.Ordinal))
        {
            context.Say(Area + ".no_shop_to_touch");
        }

        return "fabric_" + (category is "bedding" or "towel" or "tshirt" or "socks" or "silk" or "tote" or "down_coat" ? category : "general");
    }

    /// <summary>
    /// The lamp named, or the lamp's dimming just told: one button, dimming that only switches, a power bank.
    /// </summary>
    private static string? LampFact(FlowContext context, string? category)
    {
        var compact = context.Compact;
        var lampTalk = category == Lamp || (category is null && context.State.SaidAnyOf(Area + ".lamp"));
        if (!lampTalk)
        {
            return null;
        }

        return PowerBank().IsMatch(compact) ? "lamp_power"
            : OnlySwitches().IsMatch(compact) ? "lamp_no_dimming"
            : OneButton().IsMatch(compact) ? "lamp_one_button"
            : null;
    }

    /// <summary>"会掉毛不", "掉不掉毛": asked before it happens, never "洗了一次就掉毛了", which the quality flow takes.</summary>
    /// <summary>"浴巾多大尺寸 会掉毛吗" asks the size first: the spec answer covers both.</summary>
    private static bool Sheds(string compact) => ShedAsked().IsMatch(compact) && !ShedHappened().IsMatch(compact) && !SizeAsked().IsMatch(compact);

    [GeneratedRegex("尺寸|多大|多长|多宽|规格|容量|几件|几双|几只|什么码|多大码")]
    private static partial Regex SizeAsked();

    [GeneratedRegex("金边|银边|描金|金属边|金色的?边|镶金|金线|带金|金属|银色的?边")]
    private static partial Regex MetalRim();

    [GeneratedRegex("微波|打火|火花|冒火|起火")]
    private static partial Regex Microwave();

    [GeneratedRegex("掉不掉(毛|绒|絮)|会不会掉(毛|绒)|(会|容易|爱)掉(毛|绒)|掉(毛|绒)(吗|么|嘛|不|没|严重吗|厉害吗|多吗|啊|呢)|起不起球.{0,3}掉毛")]
    private static partial Regex ShedAsked();

    [GeneratedRegex("掉(毛|绒)(了|得|好多|一堆|严重(?!吗))|(洗|用|穿|盖)(了|完|过).{0,8}掉(毛|绒)|收到.{0,6}掉(毛|绒)")]
    private static partial Regex ShedHappened();

    // "是纯羊毛的吗", "是不是纯棉", "含羊毛吗": the fabric the title names answers whether it is pure.
    [GeneratedRegex("(是|是不是)?(纯|全|真)(羊毛|羊绒|棉|丝|桑蚕丝)的?(吗|么|嘛|不|没|呢)|是不是(纯|全|真)?(羊毛|羊绒|棉|丝)|含(不含)?(羊毛|羊绒)|(羊毛|棉)(含量|占多少|比例)|摸.{0,8}(料子|面料|布料|材质|手感|质感)|(料子|面料|布料|手感|质感)(怎么样|咋样|好不好|如何|舒服吗|软吗|软不软|厚吗|厚不厚|是什么|是啥)|(什么|啥)(料子|面料|布料)")]
    private static partial Regex Fabric();

    [GeneratedRegex("厚不厚|厚吗|厚么|厚嘛|够厚|厚实吗|薄不薄|薄吗|薄么|暖和吗|暖和不|暖不暖|暖吗|保暖吗|保不保暖|保暖(性|效果)?(怎么样|咋样|好吗|如何)|厚度(怎么样|咋样|如何|多少)|(冬天|冬季)(能穿|穿着?冷|冷不冷|够不够)")]
    private static partial Regex Thickness();

    [GeneratedRegex("摸")]
    private static partial Regex Touch();

    [GeneratedRegex("充电宝|移动电源|usb|插电脑|接电脑|车载|电池")]
    private static partial Regex PowerBank();

    [GeneratedRegex("(只会|只能|只有|就只能|就只会|光能|只是)(开关|开灯|关灯|亮灭|开和关|开或关|亮和灭)|按了?(也)?(没|不)(变化|变亮|变暗)|亮度(没|不)(变|变化)|调不了(亮度|光)")]
    private static partial Regex OnlySwitches();

    [GeneratedRegex("(只有|就|就只有|只|才)(一个|1个|一颗)(键|按键|按钮|开关)|一个(键|按键|按钮)|(没有|没看到|找不到)(调光|换档|调亮度)的?(键|按键|按钮)")]
    private static partial Regex OneButton();
}

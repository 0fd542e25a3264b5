using System.Text.RegularExpressions;

namespace ShopBot.Knowledge.Dialogs;

public static partial class ProductQuestion
{
    private const string Cup = "cup";

    /// <summary>
    /// "这杯子能装刚烧开的水吗 我主要泡茶用": whether the cup takes boiling water or tea is not in its title (size and
    /// colour are), so the title is said and the rest left to the product page and pre-sales, never a quality menu.
    /// </summary>
    private static bool AnswersHotWater(FlowContext context, string? category)
    {
        if (category != Cup || !HotWater().IsMatch(context.Compact) || Complaint().IsMatch(context.Compact) || OtherNeed().IsMatch(context.Compact))
        {
            return false;
        }

        SayWithTitle(context, Cup, "cup_hot_water");
        return true;
    }

    /// <summary>A fault ("装热水漏了"), a courier, the capacity or another errand beside it: the line is not this question alone.</summary>
    [GeneratedRegex("漏|坏|裂|变形|生锈|掉漆|不保温|快递|顺丰|圆通|中通|sf|发货|寄|容量|多大|几毫升|退|换|发票|地址")]
    private static partial Regex OtherNeed();

    [GeneratedRegex("(能|可以|能不能|可不可以)(装|盛|倒|泡)(刚烧开的|滚烫的|烧开的|滚|开|热|沸)*(水|茶|咖啡|牛奶)|(装|倒)(开水|热水|沸水)|耐(高温|热|烫)|泡茶(行|可以|能)")]
    private static partial Regex HotWater();
}
